package io.propertyops.security.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B asks for length, not
 * composition rules), not one of the passwords leaked and guessed most often, and not the person's own
 * login name or phone number.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> breached;

    public PasswordPolicy(Set<String> breached) {
        this.breached = breached.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the bundled list of commonly breached passwords. */
    public static PasswordPolicy withBundledBreachList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/breached-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("breached-passwords.txt is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new PasswordPolicy(reader.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password may not be used; empty when it may. */
    public List<String> violations(String password, AccountProfile owner) {
        List<String> problems = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (breached.contains(lower)) {
            problems.add("is one of the most commonly breached passwords");
        }
        if (lower.contains(owner.username().toLowerCase(Locale.ROOT))
                || (owner.phone() != null && !owner.phone().isBlank() && lower.contains(owner.phone()))) {
            problems.add("must not contain your login name or phone number");
        }
        return problems;
    }
}
