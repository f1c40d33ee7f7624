package io.propertyops.facility.round.application;

import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.plan.application.PlanProperties;
import io.propertyops.facility.plan.application.PlanTasks;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.application.CreatedIds;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.domain.RoundPoint;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Rounds as inspectors walk them and supervisors watch them: started by hand or opened from an inspection plan,
 * checked in point by point, shown live on the board. An abnormal answer at a point reports a finding at once, with
 * an id derived from the round, the point and the item, so a retried check-in reports it once.
 */
@Service
@EnableConfigurationProperties(RoundProperties.class)
public class Rounds {

    private static final Logger log = LoggerFactory.getLogger(Rounds.class);
    static final int ATTEMPTS = 5;

    /** A check-in recorded: the round after it, the point as recorded and the findings its answers reported. */
    public record CheckedIn(Round round, RoundPoint point, List<Finding> findings) {
    }

    /** A round and whether this call started it (or found the one an earlier call with the same key started). */
    public record Started(Round round, boolean created) {
    }

    private final RoundStore rounds;
    private final Routes routes;
    private final Findings findings;
    private final PlanTasks tasks;
    private final PlanProperties plans;
    private final Clock clock;

    Rounds(RoundStore rounds, Routes routes, Findings findings, PlanTasks tasks, PlanProperties plans, Clock clock) {
        this.rounds = rounds;
        this.routes = routes;
        this.findings = findings;
        this.tasks = tasks;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Starts a round of a route by hand, for the route's window from {@code start} (now when null); the caller walks
     * it when nobody else is named.
     */
    public Started start(Caller caller, String routeId, Instant start, List<String> assigneeIds, String supervisorId,
                         String idempotencyKey) {
        InspectionRoute route = routes.get(caller, routeId);
        String id = CreatedIds.of("round", caller.id(), idempotencyKey);
        Instant opens = start == null ? clock.instant() : start;
        Round round = Round.open(id, route, null, null, LocalDate.ofInstant(opens, plans.zone()), opens,
                opens.plus(route.window()), supervisorId,
                assigneeIds == null || assigneeIds.isEmpty() ? List.of(caller.id()) : assigneeIds);
        if (!rounds.insertNew(List.of(round)).isEmpty()) {
            return new Started(round, true);
        }
        return new Started(get(caller, id), false);
    }

    public Round get(Caller caller, String id) {
        return rounds.find(id).filter(round -> caller.inCommunity(round.communityId()))
                .orElseThrow(() -> new NotFoundException("Round", id));
    }

    /** The live board: a community's rounds of a day, by window start. */
    public List<Round> board(Caller caller, String communityId, LocalDate date) {
        caller.requireCommunity(communityId);
        return byStart(rounds.findAll(rounds.idsOfCommunity(communityId, date)));
    }

    /** The caller's rounds of a day (today when null): those they walk or supervise. */
    public List<Round> mine(Caller caller, LocalDate date) {
        LocalDate day = date != null ? date : LocalDate.ofInstant(clock.instant(), plans.zone());
        return byStart(rounds.findAll(rounds.idsOfPerson(caller.id(), day)).stream()
                .filter(round -> caller.inCommunity(round.communityId())).toList());
    }

    private static List<Round> byStart(List<Round> found) {
        return found.stream().sorted(Comparator.comparing(Round::windowStart).thenComparing(Round::routeName)).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * An inspector checks a point of a round: the round's assignees (anyone when it names none), its supervisor, and
     * supervisors, property managers and administrators of its community. The findings are reported before the
     * round is saved: a check-in that fails after them is made again and reports nothing twice.
     */
    public CheckedIn checkIn(Caller caller, String roundId, String pointId, Round.Proof proof) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Round round = get(caller, roundId);
            if (!mayCheckIn(caller, round)) {
                throw new AccessDeniedException("round " + roundId + " is assigned to others");
            }
            Instant now = clock.instant();
            Round.CheckedIn checkedIn = round.checkIn(pointId, proof, caller.id(), now,
                    () -> UUID.randomUUID().toString());
            List<Finding> reported = report(round, checkedIn, caller.id());
            if (rounds.save(checkedIn.round(), round.version(), checkedIn.events())) {
                completed(checkedIn.round());
                return new CheckedIn(checkedIn.round(), checkedIn.point(), reported);
            }
        }
        throw new ConflictException("busy", "round " + roundId + " kept changing; try again");
    }

    private static boolean mayCheckIn(Caller caller, Round round) {
        return round.assigneeIds().isEmpty() || round.concerns(caller.id())
                || caller.hasAnyRole(Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN);
    }

    private List<Finding> report(Round round, Round.CheckedIn checkedIn, String reporterId) {
        RoundPoint point = checkedIn.point();
        List<Findings.NewFinding> reports = new ArrayList<>();
        for (Checklist.Judged judged : checkedIn.judged()) {
            if (!judged.abnormal()) {
                continue;
            }
            String value = judged.item().describe(judged.answer());
            List<Finding.Evidence> evidence = new ArrayList<>();
            evidence.add(new Finding.Evidence(judged.item().type() == io.propertyops.facility.plan.domain.ChecklistItem.ItemType.NUMBER
                    ? Finding.Evidence.Kind.VALUE : Finding.Evidence.Kind.ANSWER, judged.item().label(), value));
            if (judged.answer().text() != null && !judged.answer().text().isBlank()) {
                evidence.add(new Finding.Evidence(Finding.Evidence.Kind.TEXT, judged.item().label(), judged.answer().text()));
            }
            for (String photo : judged.answer().photoIds()) {
                evidence.add(new Finding.Evidence(Finding.Evidence.Kind.PHOTO, judged.item().label(), photo));
            }
            for (String photo : point.photoIds()) {
                evidence.add(new Finding.Evidence(Finding.Evidence.Kind.PHOTO, point.name(), photo));
            }
            reports.add(new Findings.NewFinding("round:" + round.id() + ":" + point.pointId() + ":" + judged.item().id(),
                    round.communityId(), FindingSource.INSPECTION, point.location(), point.locationName(),
                    point.equipmentId(), judged.item().faultType(),
                    judged.item().category() != null ? judged.item().category() : round.category(),
                    judged.item().severity(), point.name() + "：" + judged.item().label() + "异常",
                    judged.item().label() + " " + value + "（正常 " + judged.item().expected() + "），" + round.routeName()
                            + " " + round.date(), reporterId, evidence));
        }
        return reports.isEmpty() ? List.of() : findings.report(reports);
    }

    /** A round that is over tells its plan's task, so that a FLOATING plan counts on from it. */
    void completed(Round round) {
        if (round.isOpen() || round.taskId() == null) {
            return;
        }
        try {
            tasks.roundCompleted(round.taskId(), round.completedAt(), round.score());
        } catch (RuntimeException e) {
            log.warn("Round {} is over but its task could not be told", round.id(), e);
        }
    }
}
