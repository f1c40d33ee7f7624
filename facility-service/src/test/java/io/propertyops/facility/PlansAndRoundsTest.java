package io.propertyops.facility;

import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.ServiceTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * facility-service on the shared broker and store, its clock at 08:00 on 1 March 2027 in Shanghai for the test to
 * move, the plan generator ticking every 0.5 s and the missed-point watch every 0.2 s, each holding its lock at most
 * 2 s: one context for the plan and round tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceTest
@MovableClock("2027-03-01T00:00:00Z")
// a context paused between test classes interrupts a tick, whose lock then stands until it lapses
@TestPropertySource(properties = {"propertyops.facility.rounds.watch-interval=PT0.2S",
        "propertyops.facility.plans.interval=PT0.5S", "propertyops.facility.rounds.lock-at-most-for=PT2S",
        "propertyops.facility.plans.lock-at-most-for=PT2S"})
public @interface PlansAndRoundsTest {
}
