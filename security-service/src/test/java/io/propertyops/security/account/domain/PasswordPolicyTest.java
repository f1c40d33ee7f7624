package io.propertyops.security.account.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    static final AccountProfile ZHAO = new AccountProfile("zhaomin", "赵敏", "13900139001", null,
            Set.of(Role.CUSTOMER_SERVICE), List.of("c1"), List.of(), List.of());
    final PasswordPolicy policy = PasswordPolicy.withBundledBreachList();

    @Test
    void aLongUnusualPassphraseIsAccepted() {
        assertThat(policy.violations("西湖边的桂花开了-2026", ZHAO)).isEmpty();
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThat(policy.violations("Xy7!pq", ZHAO)).containsExactly("must be at least 10 characters long");
    }

    @Test
    void commonlyBreachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.violations("WoAiNi5201314", ZHAO)).contains("is one of the most commonly breached passwords");
        assertThat(policy.violations("1qaz2wsx3edc", ZHAO)).contains("is one of the most commonly breached passwords");
    }

    @Test
    void theLoginNameOrPhoneNumberMayNotBePartOfIt() {
        assertThat(policy.violations("ZhaoMin-rocks-2026", ZHAO)).contains("must not contain your login name or phone number");
        assertThat(policy.violations("pw-13900139001", ZHAO)).contains("must not contain your login name or phone number");
    }
}
