package io.propertyops.ticket.dispatch.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AutoDispatchTest {

    static final String CUIHU = "community-cuihu";
    static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    /** An on-duty technician of Cuihu with no open work who has never been dispatched to. */
    static Technician technician(String id, String... skills) {
        return new Technician(id, id, Set.of(CUIHU), Set.of(skills), true, 0, null);
    }

    static Technician plumber(String id) {
        return technician(id, "plumbing");
    }

    static Technician withOpenWork(Technician t, int openWork) {
        return new Technician(t.id(), t.name(), t.communityIds(), t.skills(), t.onDuty(), openWork, t.lastAssignedAt());
    }

    static Technician lastAssigned(Technician t, Instant at) {
        return new Technician(t.id(), t.name(), t.communityIds(), t.skills(), t.onDuty(), t.openWork(), at);
    }

    static Technician offDuty(Technician t) {
        return new Technician(t.id(), t.name(), t.communityIds(), t.skills(), false, t.openWork(), t.lastAssignedAt());
    }

    static String chosen(List<Technician> roster, String category) {
        return AutoDispatch.choose(roster, CUIHU, category).map(Technician::id).orElse(null);
    }

    @Test
    void dispatchesALeakToTheTechnicianWithThePlumbingSkill() {
        var roster = List.of(technician("electrician", "electrical"), technician("handyman", "electrical", "plumbing"));

        assertThat(chosen(roster, "plumbing")).isEqualTo("handyman");
        assertThat(chosen(roster, "elevator")).isNull();
    }

    @Test
    void prefersTheTechnicianWithTheLeastOpenWork() {
        var roster = List.of(withOpenWork(plumber("busy"), 3), withOpenWork(plumber("free"), 1),
                withOpenWork(plumber("swamped"), 5));

        assertThat(chosen(roster, "plumbing")).isEqualTo("free");
    }

    @Test
    void givesEquallyLoadedTechniciansWorkInTurn() {
        Map<String, Technician> roster = new LinkedHashMap<>();
        for (String id : List.of("wang", "li", "zhao")) {
            roster.put(id, plumber(id));
        }
        List<String> turns = new ArrayList<>();
        Instant now = MORNING;
        for (int i = 0; i < 6; i++) {
            String next = chosen(List.copyOf(roster.values()), "plumbing");
            turns.add(next);
            now = now.plusSeconds(600);
            // each repair is done before the next comes in, so loads stay equal and only the turn decides
            roster.put(next, lastAssigned(roster.get(next), now));
        }

        assertThat(turns.subList(0, 3)).containsExactlyInAnyOrder("wang", "li", "zhao");
        assertThat(turns.subList(3, 6)).isEqualTo(turns.subList(0, 3));
    }

    @Test
    void amongEquallyLoadedTechniciansTheOneWhoWaitedLongestGoesFirst() {
        var roster = List.of(lastAssigned(plumber("recent"), MORNING.plusSeconds(3600)),
                lastAssigned(plumber("earlier"), MORNING), plumber("never"));

        assertThat(chosen(roster, "plumbing")).isEqualTo("never");
        assertThat(chosen(roster.subList(0, 2), "plumbing")).isEqualTo("earlier");
    }

    @Test
    void loadCountsBeforeTurn() {
        var roster = List.of(withOpenWork(plumber("waited-long-but-busy"), 2),
                lastAssigned(withOpenWork(plumber("just-dispatched"), 1), MORNING.plusSeconds(60)));

        assertThat(chosen(roster, "plumbing")).isEqualTo("just-dispatched");
    }

    @Test
    void skipsTechniciansOffDutyHoweverIdle() {
        var roster = List.of(offDuty(plumber("home")), withOpenWork(plumber("on-shift"), 4));

        assertThat(chosen(roster, "plumbing")).isEqualTo("on-shift");
    }

    @Test
    void skipsTechniciansOfOtherCommunities() {
        var elsewhere = new Technician("elsewhere", "elsewhere", Set.of("community-other"), Set.of("plumbing"), true, 0, null);

        assertThat(chosen(List.of(elsewhere, withOpenWork(plumber("ours"), 2)), "plumbing")).isEqualTo("ours");
    }

    @Test
    void queuesTheWorkOrderForADispatcherWhenNobodyFits() {
        assertThat(AutoDispatch.choose(List.of(), CUIHU, "plumbing")).isEmpty();
        assertThat(AutoDispatch.choose(List.of(offDuty(plumber("home")), technician("electrician", "electrical")),
                CUIHU, "plumbing")).isEmpty();
    }
}
