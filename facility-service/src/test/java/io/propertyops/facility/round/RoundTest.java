package io.propertyops.facility.round;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.facility.RoundCompleted;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.round.domain.GeoPosition;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.domain.RoundPoint;
import io.propertyops.facility.round.domain.RoutePoint;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTest {

    static final Instant START = Instant.parse("2027-03-01T00:00:00Z");
    final AtomicInteger eventCount = new AtomicInteger();
    final Supplier<String> eventIds = () -> "event-" + eventCount.incrementAndGet();

    static Checklist pressure() {
        return new Checklist(List.of(new ChecklistItem("pressure", "出水压力", ChecklistItem.ItemType.NUMBER,
                new BigDecimal("0.25"), new BigDecimal("0.6"), "MPa", null, null, false, "pump.pressure-low",
                Severity.HIGH, null)));
    }

    static RoutePoint point(String id, Duration offset, GeoPosition position) {
        return new RoutePoint(id, "点 " + id, Location.of(LocationKind.COMMON_AREA, "area-" + id), "水泵房", null,
                "tag-" + id, position, position == null ? null : 30, offset, pressure());
    }

    static InspectionRoute route(RoutePoint... points) {
        return new InspectionRoute("route-1", "community-lakeside", "设备房日检", "plumbing", Duration.ofHours(2),
                List.of(points), 1);
    }

    static Round round(InspectionRoute route) {
        return Round.open("round-1", route, null, null, LocalDate.parse("2027-03-01"), START,
                START.plus(Duration.ofHours(2)), "sup-li", List.of("tech-wang"));
    }

    static Round.Proof proof(String tag, String pressure, GeoPosition at) {
        return new Round.Proof(tag, at, List.of(), List.of(Answer.value("pressure", new BigDecimal(pressure))));
    }

    @Test
    void splitsTheWindowEvenlyOrByThePointsOffsets() {
        Round even = round(route(point("a", null, null), point("b", null, null), point("c", null, null), point("d", null, null)));
        assertThat(even.points()).extracting(RoundPoint::windowStart)
                .containsExactly(START, START.plusSeconds(1800), START.plusSeconds(3600), START.plusSeconds(5400));
        assertThat(even.points().getLast().windowEnd()).isEqualTo(START.plus(Duration.ofHours(2)));

        Round offsets = round(route(point("a", Duration.ZERO, null), point("b", Duration.ofMinutes(10), null),
                point("c", Duration.ofMinutes(90), null)));
        assertThat(offsets.points()).extracting(RoundPoint::windowEnd)
                .containsExactly(START.plusSeconds(600), START.plusSeconds(5400), START.plus(Duration.ofHours(2)));
    }

    @Test
    void recordsEachPointEarlyOnTimeOrLateByItsWindowAndEndsTheRoundWithItsScore() {
        Round round = round(route(point("a", null, null), point("b", null, null), point("c", null, null)));
        // windows: a 00:00–00:40, b 00:40–01:20, c 01:20–02:00
        Round.CheckedIn b = round.checkIn("b", proof("tag-b", "0.3", null), "tech-wang", START.plusSeconds(60), eventIds);
        assertThat(b.point().outcome()).isEqualTo(RoundPoint.Outcome.EARLY);
        assertThat(b.events()).isEmpty();
        assertThat(b.round().checkIn("a", proof("tag-a", "0.4", null), "tech-wang", START.plusSeconds(2400), eventIds)
                .point().outcome()).as("at the end of its window a point is missed: late").isEqualTo(RoundPoint.Outcome.LATE);
        Round.CheckedIn a = b.round().checkIn("a", proof("tag-a", "0.4", null), "tech-wang", START.plusSeconds(2399), eventIds);
        assertThat(a.point().outcome()).isEqualTo(RoundPoint.Outcome.ON_TIME);
        assertThat(a.round().version()).isEqualTo(3);

        Round.Watched watched = a.round().watch(START.plusSeconds(7200), eventIds);
        assertThat(watched.events()).hasSize(2);
        assertThat(watched.events().getFirst()).isInstanceOfSatisfying(RoundPointMissed.class, missed -> {
            assertThat(missed.pointId()).isEqualTo("c");
            assertThat(missed.supervisorId()).isEqualTo("sup-li");
            assertThat(missed.windowEnd()).isEqualTo(START.plusSeconds(7200));
        });
        assertThat(watched.events().getLast()).isInstanceOfSatisfying(RoundCompleted.class, completed -> {
            assertThat(completed.early()).isEqualTo(1);
            assertThat(completed.onTime()).isEqualTo(1);
            assertThat(completed.missed()).isEqualTo(1);
            assertThat(completed.score()).isEqualTo(66);
        });
        assertThat(watched.round().isOpen()).isFalse();
        assertThat(watched.round().nextWatchAt()).isEmpty();
        assertThatThrownBy(() -> watched.round().checkIn("c", proof("tag-c", "0.3", null), "tech-wang",
                START.plusSeconds(7300), eventIds)).isInstanceOf(ConflictException.class).hasMessageContaining("over");
    }

    @Test
    void announcesAMissedPointOnceAtTheEndOfItsWindowAndRecordsALaterCheckAsLate() {
        Round round = round(route(point("a", null, null), point("b", null, null)));
        assertThat(round.nextWatchAt()).contains(START.plusSeconds(3600));
        assertThat(round.watch(START.plusSeconds(3599), eventIds).events()).as("not before the end").isEmpty();

        Round.Watched missed = round.watch(START.plusSeconds(3600), eventIds);
        assertThat(missed.events()).singleElement().isInstanceOf(RoundPointMissed.class);
        assertThat(missed.round().nextWatchAt()).contains(START.plusSeconds(7200));
        assertThat(missed.round().watch(START.plusSeconds(3700), eventIds).events()).as("announced once").isEmpty();

        Round.CheckedIn late = missed.round().checkIn("a", proof("tag-a", "0.3", null), "tech-wang",
                START.plusSeconds(4000), eventIds);
        assertThat(late.point().outcome()).isEqualTo(RoundPoint.Outcome.LATE);
        assertThat(late.point().missedAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(late.point().stateAt(START.plusSeconds(4000))).isEqualTo(RoundPoint.State.LATE);
    }

    @Test
    void refusesAnotherPointsTagAndFlagsAPositionOutsideTheRadius() {
        GeoPosition pumpRoom = new GeoPosition(30.2741, 120.1551);
        Round round = round(route(point("a", null, pumpRoom), point("b", null, pumpRoom)));
        assertThatThrownBy(() -> round.checkIn("a", proof("tag-b", "0.3", pumpRoom), "tech-wang", START, eventIds))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("tag");

        // about 111 m north: recorded, flagged
        Round.CheckedIn far = round.checkIn("a", proof("tag-a", "0.3", new GeoPosition(30.2751, 120.1551)),
                "tech-wang", START, eventIds);
        assertThat(far.point().positionFlag()).isEqualTo(RoundPoint.PositionFlag.OUT_OF_RANGE);
        assertThat(far.point().distanceMetres()).isBetween(105, 117);
        Round.CheckedIn none = far.round().checkIn("b", proof("tag-b", "0.3", null), "tech-wang", START, eventIds);
        assertThat(none.point().positionFlag()).isEqualTo(RoundPoint.PositionFlag.NO_POSITION);
        Round.CheckedIn near = round.checkIn("a", proof("tag-a", "0.3", new GeoPosition(30.2742, 120.1551)),
                "tech-wang", START, eventIds);
        assertThat(near.point().positionFlag()).isNull();
        assertThatThrownBy(() -> far.round().checkIn("a", proof("tag-a", "0.3", pumpRoom), "tech-wang", START, eventIds))
                .isInstanceOf(ConflictException.class).hasMessageContaining("checked");
    }

    @Test
    void judgesAnswersAgainstThePointsChecklist() {
        Round round = round(route(point("a", null, null)));
        Round.CheckedIn low = round.checkIn("a", proof("tag-a", "0.18", null), "tech-wang", START, eventIds);
        assertThat(low.judged()).singleElement().satisfies(judged -> assertThat(judged.abnormal()).isTrue());
        assertThat(low.point().abnormalAnswers()).isEqualTo(1);
        List<DomainEvent> events = low.events();
        assertThat(events).singleElement().isInstanceOfSatisfying(RoundCompleted.class,
                completed -> assertThat(completed.abnormalAnswers()).isEqualTo(1));

        assertThatThrownBy(() -> round.checkIn("a", new Round.Proof("tag-a", null, List.of(), List.of()), "tech-wang",
                START, eventIds)).isInstanceOf(RuleViolationException.class).hasMessageContaining("not answered");
        assertThatThrownBy(() -> round.checkIn("a", new Round.Proof("tag-a", null, List.of(),
                List.of(Answer.pass("pressure"))), "tech-wang", START, eventIds))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("value");
    }

    @Test
    void aRouteNeedsDistinctTagsAndFaultTypesForWhatCanBeAbnormal() {
        assertThatThrownBy(() -> route(point("a", null, null), new RoutePoint("b", "b", Location.of(LocationKind.COMMON_AREA, "x"),
                null, null, "tag-a", null, null, null, pressure()))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("two points");
        assertThatThrownBy(() -> new RoutePoint("a", "a", Location.of(LocationKind.COMMON_AREA, "x"), null, null, "t", null,
                null, null, new Checklist(List.of(new ChecklistItem("ok", "正常", ChecklistItem.ItemType.PASS_FAIL, null,
                null, null, null, null, false, null, null, null))))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("fault type");
        assertThatThrownBy(() -> route(point("a", Duration.ZERO, null), point("b", null, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("offset");
    }
}
