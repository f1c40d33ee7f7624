package io.propertyops.security.sms.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The live one-time login code of a phone (one at a time), kept only as a salted hash. It is good for
 * {@link #LIFETIME} and {@link #MAX_ATTEMPTS} tries, and once.
 *
 * @param accountId the account whose phone it was sent to
 * @param attempts  wrong codes tried so far
 */
public record LoginCode(String phone, String accountId, String codeHash, String salt, Instant expiresAt, int attempts) {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;

    /** A code sent now, with a salt of its own. */
    public static LoginCode issue(String phone, String accountId, String code, String salt, Instant now) {
        return new LoginCode(phone, accountId, hash(salt, code), salt, now.plus(LIFETIME), 0);
    }

    /** Neither expired nor tried too often. */
    public boolean usableAt(Instant now) {
        return now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    /** Whether this is the code sent, compared in constant time. */
    public boolean matches(String code) {
        return MessageDigest.isEqual(hash(salt, code).getBytes(StandardCharsets.UTF_8),
                codeHash.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String salt, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
