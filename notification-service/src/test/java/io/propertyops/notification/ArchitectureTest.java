package io.propertyops.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.propertyops.testsupport.ServiceTemplate;

/**
 * The service template's rules, on the features that follow it. {@code inbox}, {@code reminder},
 * {@code announcement} and {@code webhook} are still flat packages: each joins this list when it is split into the
 * template's layers, and the list becomes the whole service ({@code packages = "io.propertyops.notification"}).
 */
@AnalyzeClasses(packages = {"io.propertyops.notification.catalogue", "io.propertyops.notification.delivery",
        "io.propertyops.notification.device", "io.propertyops.notification.directory",
        "io.propertyops.notification.preference"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);
}
