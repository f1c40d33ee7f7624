package io.propertyops.ticket.kpi;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The KPI calculation is plain Java over the work order's vocabulary, and nothing outside the reports writes through it. */
@AnalyzeClasses(packages = "io.propertyops.ticket", importOptions = ImportOption.DoNotIncludeTests.class)
class KpiArchitectureTest {

    @ArchTest
    static final ArchRule kpiDomainIsPlainJava = classes()
            .that().resideInAPackage("io.propertyops.ticket.kpi.domain")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.propertyops.ticket.kpi.domain..", "io.propertyops.ticket.workorder.domain..",
                    "io.propertyops.ticket.sla.domain..", "io.propertyops.starter.domain..");

    /** The reports read work orders; changing them stays with the aggregate and its repository. */
    @ArchTest
    static final ArchRule reportsDoNotUseTheWorkOrderWriters = noClasses()
            .that().resideInAPackage("io.propertyops.ticket.kpi..")
            .should().dependOnClassesThat().resideInAnyPackage("io.propertyops.ticket.workorder.persistence..",
                    "io.propertyops.ticket.workorder")
            .orShould().dependOnClassesThat().haveSimpleName("WorkOrder");
}
