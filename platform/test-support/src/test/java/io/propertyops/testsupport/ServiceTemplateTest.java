package io.propertyops.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The template's rules pass on a fixture service that follows it ({@code io.propertyops.templatefit}) and each fails
 * on the fixture that breaks it ({@code io.propertyops.templatebroken}), so a service's architecture test can fail.
 */
class ServiceTemplateTest {

    private static final JavaClasses FIT = new ClassFileImporter().importPackages("io.propertyops.templatefit");

    private static JavaClasses broken(String feature) {
        return new ClassFileImporter().importPackages("io.propertyops.templatebroken." + feature);
    }

    @Test
    void aServiceThatFollowsTheTemplatePassesEveryRule() {
        for (ArchRule rule : List.of(ServiceTemplate.everyFeatureClassIsInALayer, ServiceTemplate.domainIsPlainJava,
                ServiceTemplate.layersDependInward, ServiceTemplate.adaptersArePackagePrivate,
                ServiceTemplate.controllersReturnNoPersistenceType, ServiceTemplate.featuresFormNoCycle)) {
            assertThatCode(() -> rule.check(FIT)).as(rule.getDescription()).doesNotThrowAnyException();
        }
    }

    @Test
    void aDomainClassUsingSpringFails() {
        assertThatThrownBy(() -> ServiceTemplate.domainIsPlainJava.check(broken("impure")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void twoFeaturesUsingEachOtherFail() {
        JavaClasses both = new ClassFileImporter().importPackages("io.propertyops.templatebroken.cyclea",
                "io.propertyops.templatebroken.cycleb");

        assertThatThrownBy(() -> ServiceTemplate.featuresFormNoCycle.check(both))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void aPublicAdapterAndADomainReadingPersistenceFail() {
        JavaClasses leaky = broken("leaky");

        assertThatThrownBy(() -> ServiceTemplate.adaptersArePackagePrivate.check(leaky))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PublicDocument");
        assertThatThrownBy(() -> ServiceTemplate.layersDependInward.check(leaky))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Reader");
    }

    @Test
    void aFeatureClassOutsideEveryLayerFails() {
        assertThatThrownBy(() -> ServiceTemplate.everyFeatureClassIsInALayer.check(broken("stray")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Helper");
    }

    @Test
    void aRuleThatMatchesNoClassFails() {
        JavaClasses none = new ClassFileImporter().importPackages("io.propertyops.nosuchservice");

        assertThatThrownBy(() -> ServiceTemplate.domainIsPlainJava.check(none))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }
}
