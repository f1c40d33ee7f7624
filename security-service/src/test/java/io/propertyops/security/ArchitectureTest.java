package io.propertyops.security;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.propertyops.security", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Fails on an empty package too (ArchUnit's default), so it cannot pass by naming a package that is gone. */
    @ArchTest
    static final ArchRule accountDomainDependsOnNoFramework = noClasses()
            .that().resideInAPackage("io.propertyops.security.account")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "tools.jackson..", "org.apache.kafka..", "jakarta..");
}
