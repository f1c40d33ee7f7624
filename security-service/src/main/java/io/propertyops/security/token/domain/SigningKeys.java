package io.propertyops.security.token.domain;

import java.util.Comparator;
import java.util.List;

/** The keys in use: all of them verify (and are published), the newest generation signs. */
public record SigningKeys(List<SigningKey> all) {

    public SigningKeys {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one signing key");
        }
        all = all.stream().sorted(Comparator.comparingLong(SigningKey::generation).reversed()).toList();
    }

    public SigningKey active() {
        return all.getFirst();
    }
}
