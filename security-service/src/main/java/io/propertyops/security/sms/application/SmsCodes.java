package io.propertyops.security.sms.application;

import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.sms.domain.CodeRequestLimits;
import io.propertyops.security.sms.domain.LoginCode;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Issues and checks one-time login codes. */
@Component
public class SmsCodes {

    private final LoginCodes codes;
    private final CodeRequests requests;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SmsCodes(LoginCodes codes, CodeRequests requests, Accounts accounts, Clock clock) {
        this.codes = codes;
        this.requests = requests;
        this.accounts = accounts;
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
        LoginCode live = LoginCode.issue(phone, account.get().id(), code, UUID.randomUUID().toString(), now);
        codes.replace(live, new SmsCodeRequested(UUID.randomUUID().toString(), account.get().id(), now, phone,
                code, "LOGIN", live.expiresAt()));
    }

    /** The account whose phone this code was sent to, once; empty for a wrong, used, expired or exhausted code. */
    public Optional<Account> redeem(String phone, String code) {
        Optional<LoginCode> live = codes.live(phone).filter(sent -> sent.usableAt(clock.instant()));
        if (live.isEmpty()) {
            return Optional.empty();
        }
        if (!live.get().matches(code)) {
            codes.countWrongAttempt(phone);
            return Optional.empty();
        }
        // single use: only the request that removes the code gets the account
        return codes.use(phone, live.get().codeHash())
                ? accounts.withId(live.get().accountId()).filter(Account::enabled)
                : Optional.empty();
    }

    /**
     * Two requests of the same phone at the same instant may both pass; the limits are about abuse over minutes,
     * not single races.
     */
    private void enforceLimits(String phone, String address, Instant now) {
        Instant windowStart = now.minus(CodeRequestLimits.WINDOW);
        List<Instant> byPhone = recent("phone:" + phone, windowStart);
        List<Instant> byAddress = recent("address:" + address, windowStart);
        OptionalLong retryAfter = CodeRequestLimits.retryAfter(byPhone, byAddress, now);
        if (retryAfter.isPresent()) {
            throw new TooManyRequests(retryAfter.getAsLong());
        }
        remember("phone:" + phone, byPhone, now);
        remember("address:" + address, byAddress, now);
    }

    /** The requests within the window, oldest first. */
    private List<Instant> recent(String key, Instant windowStart) {
        return requests.of(key).stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
    }

    private void remember(String key, List<Instant> recent, Instant now) {
        List<Instant> at = new ArrayList<>(recent);
        at.add(now);
        requests.record(key, at);
    }
}
