package io.propertyops.billing;

import io.propertyops.billing.billrun.application.BillRuns;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.util.Set;

/**
 * The fee and bill-run tests' one context: billing-service on the real broker and store, its clock at 10:00 on
 * 1 December 2026 in Shanghai (tests move it by minutes), tokens issued on that clock, and what they all use.
 */
@ServiceTest
@MovableClock("2026-12-01T02:00:00Z")
public abstract class BillingServiceTest {

    @Autowired
    protected TestHttp http;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected UnitAreas units;
    @Autowired
    protected Ledgers ledgers;
    @Autowired
    protected BillRuns runs;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrap;

    @BeforeEach
    void tokensOnTheServicesClock() {
        TestTokens.useClock(clock);
    }

    @AfterAll
    static void tokensAtTheRealTimeAgain() {
        TestTokens.useClock(java.time.Clock.systemUTC());
    }

    /** A finance member's (财务) token in the community. */
    protected static String finance(String communityId) {
        return TestTokens.staff("fin-" + communityId, "FINANCE", communityId).token();
    }

    /** The same person, as the application layer sees them. */
    protected static Caller cashier(String communityId) {
        return new Caller("fin-" + communityId, "财务", Set.of("FINANCE"), Set.of(communityId), Set.of(), Set.of());
    }
}
