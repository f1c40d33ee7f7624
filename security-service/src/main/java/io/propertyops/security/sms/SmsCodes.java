package io.propertyops.security.sms;

import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.security.account.Account;
import io.propertyops.security.account.Accounts;
import io.propertyops.security.account.Role;
import io.propertyops.starter.outbox.OutboxMessages;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues and checks one-time login codes. */
@Component
public class SmsCodes {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;
    static final Duration PHONE_INTERVAL = Duration.ofSeconds(60);
    static final int PHONE_PER_HOUR = 5;
    static final int ADDRESS_PER_HOUR = 20;
    static final String REQUESTS = "sms_code_limits";

    private final MongoTemplate mongo;
    private final Accounts accounts;
    private final OutboxMessages outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SmsCodes(MongoTemplate mongo, Accounts accounts, OutboxMessages outbox, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Thrown when a phone or an address asked too often; says when to try again. */
    public static final class TooManyRequests extends RuntimeException {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super("Too many code requests; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * Sends a code when the phone belongs to an active owner or resident. Answers the same whether it does or
     * not, so the endpoint never tells which phones have accounts; the limits count every request.
     */
    public void request(String phone, String address) {
        Instant now = clock.instant();
        enforceLimits(phone, address, now);
        Optional<Account> account = accounts.withUsername(phone)
                .filter(Account::enabled)
                .filter(a -> a.profile().hasRole(Role.OWNER) || a.profile().hasRole(Role.RESIDENT));
        if (account.isEmpty()) {
            return;
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        String salt = UUID.randomUUID().toString();
        Instant expiresAt = now.plus(LIFETIME);
        SmsCodeRequested event = new SmsCodeRequested(UUID.randomUUID().toString(), account.get().id(), now, phone,
                code, "LOGIN", expiresAt);
        mongo.save(new SmsCodeDocument(phone, account.get().id(), hash(salt, code), salt, expiresAt, 0,
                outbox.of(List.of(event))));
    }

    /** The account whose phone this code was sent to, once; empty for a wrong, used, expired or exhausted code. */
    public Optional<Account> redeem(String phone, String code) {
        SmsCodeDocument live = mongo.findById(phone, SmsCodeDocument.class);
        if (live == null || !clock.instant().isBefore(live.expiresAt()) || live.attempts() >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(hash(live.salt(), code).getBytes(StandardCharsets.UTF_8),
                live.codeHash().getBytes(StandardCharsets.UTF_8))) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(phone)), new Update().inc("attempts", 1), SmsCodeDocument.class);
            return Optional.empty();
        }
        // single use: only the request that removes the code gets the account
        boolean removed = mongo.remove(Query.query(Criteria.where("_id").is(phone).and("codeHash").is(live.codeHash())),
                SmsCodeDocument.class).getDeletedCount() == 1;
        return removed ? accounts.withId(live.accountId()).filter(Account::enabled) : Optional.empty();
    }

    /**
     * The recent requests of one phone or one address, kept in a document of its own ({@code _id} is the key), so
     * checking a limit reads one document by {@code _id} instead of searching a log of every request ever made
     * (which the embedded store scans, and which its TTL indexes would never trim). Two requests of the same phone
     * at the same instant may both pass; the limits are about abuse over minutes, not single races.
     */
    private void enforceLimits(String phone, String address, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        List<Instant> byPhone = recent("phone:" + phone, hourAgo);
        if (!byPhone.isEmpty()) {
            Instant last = byPhone.getLast();
            if (last.plus(PHONE_INTERVAL).isAfter(now)) {
                throw new TooManyRequests(Math.max(1, Duration.between(now, last.plus(PHONE_INTERVAL)).toSeconds()));
            }
            if (byPhone.size() >= PHONE_PER_HOUR) {
                Instant oldest = byPhone.get(byPhone.size() - PHONE_PER_HOUR);
                throw new TooManyRequests(Math.max(1, Duration.between(now, oldest.plus(Duration.ofHours(1))).toSeconds()));
            }
        }
        List<Instant> byAddress = recent("address:" + address, hourAgo);
        if (byAddress.size() >= ADDRESS_PER_HOUR) {
            throw new TooManyRequests(3600);
        }
        remember("phone:" + phone, byPhone, now);
        remember("address:" + address, byAddress, now);
    }

    /** The requests of the hour, oldest first. */
    private List<Instant> recent(String key, Instant hourAgo) {
        Document limits = mongo.findById(key, Document.class, REQUESTS);
        if (limits == null) {
            return List.of();
        }
        return limits.getList("at", Date.class, List.of()).stream().map(Date::toInstant)
                .filter(at -> at.isAfter(hourAgo)).sorted().toList();
    }

    private void remember(String key, List<Instant> recent, Instant now) {
        List<Date> at = new ArrayList<>();
        recent.forEach(instant -> at.add(Date.from(instant)));
        at.add(Date.from(now));
        mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().set("at", at), REQUESTS);
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
