package io.propertyops.security;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.propertyops.testsupport.ServiceTemplate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * security-service on the service template, and what is its own: accounts are the model that signing in, tokens and
 * clients are built on, so they know nothing of the OAuth2 protocol or of the features built on them.
 */
@AnalyzeClasses(packages = "io.propertyops.security", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);

    @ArchTest
    static final ArchRule accountsKnowNoProtocol = noClasses()
            .that().resideInAPackage("io.propertyops.security.account..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security.oauth2..",
                    "io.propertyops.security.login..", "io.propertyops.security.sms..",
                    "io.propertyops.security.token..", "io.propertyops.security.client..")
            .because("people, their roles and their units are the model; how they sign in and what their tokens say "
                    + "are built on it, behind ports such as SignIns");
}
