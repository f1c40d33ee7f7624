package io.propertyops.facility;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.propertyops.testsupport.ServiceTemplate;

@AnalyzeClasses(packages = "io.propertyops.facility", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);
}
