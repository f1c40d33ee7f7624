package io.propertyops.facility.device.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a gateway signs a batch: HMAC-SHA256, keyed with its secret, over {@code timestamp + "\n" + body}, sent as
 * lowercase hex (optionally prefixed {@code sha256=}); the timestamp (Unix seconds) must be within ±5 minutes of
 * the service's clock, so a signed batch cannot be replayed later.
 */
public final class Signatures {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private Signatures() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether the signature is the secret's over this timestamp and body (compared in constant time). */
    public static boolean matches(String secret, String timestamp, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        String hex = signature.startsWith("sha256=") ? signature.substring(7) : signature;
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                hex.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the timestamp (Unix seconds) is within the tolerance of {@code now}. */
    public static boolean fresh(String timestamp, Instant now) {
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return !at.isBefore(now.minus(TOLERANCE)) && !at.isAfter(now.plus(TOLERANCE));
    }
}
