package io.propertyops.ticket;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.propertyops.testsupport.ServiceTemplate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * ticket-service on the service template, and what is its own: the shared kernel ({@code shared.domain}, the work
 * order's urgency and kind, which the SLA rules are written in) depends on nothing of the service, and the reports
 * only read work orders.
 */
@AnalyzeClasses(packages = "io.propertyops.ticket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);

    @ArchTest
    static final ArchRule sharedKernelStandsAlone = classes()
            .that().resideInAPackage("io.propertyops.ticket.shared..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.propertyops.ticket.shared..")
            .because("both the work order and the SLA speak its words, so it may speak neither's");

    /** The reports read work orders; changing them stays with the aggregate and its repository. */
    @ArchTest
    static final ArchRule reportsDoNotUseTheWorkOrderWriters = noClasses()
            .that().resideInAPackage("io.propertyops.ticket.kpi..")
            .should().dependOnClassesThat().resideInAnyPackage("io.propertyops.ticket.workorder.application..",
                    "io.propertyops.ticket.workorder.persistence..")
            .orShould().dependOnClassesThat().haveSimpleName("WorkOrder");
}
