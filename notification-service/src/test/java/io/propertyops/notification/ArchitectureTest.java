package io.propertyops.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.propertyops.testsupport.ServiceTemplate;

/** The service template's rules, on the whole service. */
@AnalyzeClasses(packages = "io.propertyops.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);
}
