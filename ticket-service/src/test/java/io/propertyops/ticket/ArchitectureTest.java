package io.propertyops.ticket;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The domain models are plain Java: the work-order domain may use the JDK, the event contract and the domain
 * exceptions; the dispatch domain only the JDK.
 */
@AnalyzeClasses(packages = "io.propertyops.ticket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The work order keeps its SLA deadlines, so it may use the SLA model; nothing of any adapter. */
    @ArchTest
    static final ArchRule workOrderDomainIsPlainJava = classes()
            .that().resideInAPackage("io.propertyops.ticket.workorder.domain")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.propertyops.ticket.workorder.domain..", "io.propertyops.ticket.sla.domain..",
                    "io.propertyops.ticket.pricing.domain..", "io.propertyops.events..", "io.propertyops.starter.domain..");

    @ArchTest
    static final ArchRule categoryDomainIsPlainJava = classes()
            .that().resideInAPackage("io.propertyops.ticket.category.domain")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.propertyops.ticket.category.domain..", "io.propertyops.starter.domain..");

    @ArchTest
    static final ArchRule pricingDomainIsPlainJava = classes()
            .that().resideInAPackage("io.propertyops.ticket.pricing.domain")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.propertyops.ticket.pricing.domain..", "io.propertyops.starter.domain..");

    /** The SLA model may use the work order's vocabulary (urgency, kind), never its adapters. */
    @ArchTest
    static final ArchRule slaDomainIsPlainJava = classes()
            .that().resideInAPackage("io.propertyops.ticket.sla.domain")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.propertyops.ticket.sla.domain..", "io.propertyops.ticket.workorder.domain..",
                    "io.propertyops.starter.domain..");

    @ArchTest
    static final ArchRule dispatchDomainIsPlainJava = classes()
            .that().resideInAPackage("io.propertyops.ticket.dispatch.domain")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.propertyops.ticket.dispatch.domain..");
}
