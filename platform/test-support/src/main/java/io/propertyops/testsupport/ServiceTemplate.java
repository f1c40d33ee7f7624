package io.propertyops.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service template's rules, applied by every service with one line in its own test source:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.propertyops.ticket", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests template = ArchTests.in(ServiceTemplate.class);
 * }
 * }</pre>
 *
 * A service is {@code io.propertyops.<service>}: its application class (and nothing else but cross-feature
 * configuration) at the root, and one package per feature, each split into the template's layers:
 * <ul>
 *   <li>{@code domain} — plain Java: the model, its rules and its events, taking time from an injected
 *       {@link java.time.Clock}; no Spring, MongoDB, Kafka, Jackson or Jakarta;</li>
 *   <li>{@code application} — the use cases, transactions and the ports they need (interfaces the adapters
 *       implement);</li>
 *   <li>{@code persistence} and {@code messaging} — adapters implementing the application's ports on MongoDB and
 *       on Kafka (listeners); package-private;</li>
 *   <li>{@code web} — controllers and their request and response bodies; package-private.</li>
 * </ul>
 * Web uses application and domain; persistence and messaging implement the application's ports; nothing uses an
 * adapter of another layer, and features form no cycle. Every rule fails when it matches no class (ArchUnit's
 * default), so a service that applies the template has classes in each layer the rule speaks of, and a rule
 * cannot pass by naming a package that is gone.
 */
public final class ServiceTemplate {

    /** What the domain may never see. */
    static final String[] FRAMEWORKS = {"org.springframework..", "com.mongodb..", "org.bson..", "tools.jackson..",
            "com.fasterxml.jackson..", "org.apache.kafka..", "jakarta..", "io.micrometer..", "io.swagger.."};

    private static final String[] LAYERS = {"..domain..", "..application..", "..persistence..", "..messaging..",
            "..web.."};

    private static final String[] ADAPTERS = {"..persistence..", "..messaging..", "..web.."};

    @ArchTest
    static final ArchRule everyFeatureClassIsInALayer = classes()
            .that().resideInAPackage("io.propertyops.*.*..").and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should().resideInAnyPackage(LAYERS)
            .because("a feature is split into the template's layers and nothing else; only the application class and "
                    + "cross-feature configuration sit at the service's root");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain is plain Java, tested without a framework");

    @ArchTest
    static final ArchRule layersDependInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("..web..")
            .layer("application").definedBy("..application..")
            .layer("domain").definedBy("..domain..")
            .layer("persistence").definedBy("..persistence..")
            .optionalLayer("messaging").definedBy("..messaging..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("persistence").mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("web", "persistence", "messaging")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "web", "persistence", "messaging");

    @ArchTest
    static final ArchRule adaptersArePackagePrivate = classes()
            .that().resideInAnyPackage(ADAPTERS).and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should().notBePublic()
            .because("an adapter is reached through the application's port or by HTTP and Kafka, never called directly");

    @ArchTest
    static final ArchRule controllersReturnNoPersistenceType = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("..web..")
            .should().haveRawReturnType(are(persistenceTypes()))
            .because("what a controller answers is the API's contract, not the store's shape");

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("io.propertyops.(*).(*)..")
            .should().beFreeOfCycles();

    private ServiceTemplate() {
    }

    private static DescribedPredicate<JavaClass> persistenceTypes() {
        return resideInAnyPackage("..persistence..").as("types of the persistence layer");
    }
}
