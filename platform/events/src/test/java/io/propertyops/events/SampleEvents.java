package io.propertyops.events;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.events.ticket.WorkOrderCreated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Object Mother: one representative, fully populated instance of every catalogued event type. */
public final class SampleEvents {

    private static final Map<Class<?>, DomainEvent> SAMPLES = Map.of(
            WorkOrderCreated.class, emergencyWaterLeak(),
            PersonRegistered.class, plumberRegistered(),
            PersonDeactivated.class, tenantMovedOut(),
            SmsCodeRequested.class, loginCodeForOwner());

    private SampleEvents() {
    }

    public static WorkOrderCreated emergencyWaterLeak() {
        return new WorkOrderCreated(
                "0b7c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a",
                "wo-6f1e2d3c",
                Instant.parse("2026-11-23T08:15:30.123456Z"),
                "WO-20261123-0042",
                "community-lakeside",
                "unit-3-1502",
                "person-owner-li",
                "李女士",
                "REPAIR",
                "plumbing",
                "EMERGENCY",
                "APP",
                "厨房水管爆裂 Burst pipe under the kitchen sink",
                "Water is flooding the kitchen floor and leaking into 1402.",
                "kitchen sink");
    }

    public static PersonRegistered plumberRegistered() {
        return new PersonRegistered(
                "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                "person-tech-wang",
                Instant.parse("2026-11-20T01:00:00Z"),
                "王师傅",
                "+86 138 0013 8000",
                "wang.plumber@example.com",
                List.of("TECHNICIAN"),
                List.of("community-lakeside", "community-hillside"),
                List.of(),
                List.of("plumbing", "heating"));
    }

    public static PersonDeactivated tenantMovedOut() {
        return new PersonDeactivated(
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                "person-tenant-zhao",
                Instant.parse("2026-11-22T10:30:00Z"),
                "person-manager-huang",
                "租户已搬离 Tenant moved out");
    }

    public static SmsCodeRequested loginCodeForOwner() {
        return new SmsCodeRequested(
                "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
                "person-owner-li",
                Instant.parse("2026-11-23T08:00:00Z"),
                "13800138001",
                "042917",
                "LOGIN",
                Instant.parse("2026-11-23T08:05:00Z"));
    }

    /** A sample of the given catalogued type; fails the calling test when there is none. */
    public static DomainEvent sampleOf(Class<?> type) {
        DomainEvent sample = SAMPLES.get(type);
        if (sample == null) {
            fail("SampleEvents has no sample of " + type.getName() + ": add one for every catalogued event type");
        }
        return sample;
    }

    /** Every catalogued type, for {@code @MethodSource("io.propertyops.events.SampleEvents#catalogued")}. */
    static Stream<Arguments> catalogued() {
        return EventCatalog.all().stream().map(type -> argumentSet(type.getSimpleName(), type));
    }
}
