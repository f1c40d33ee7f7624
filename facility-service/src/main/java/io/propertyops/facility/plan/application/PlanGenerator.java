package io.propertyops.facility.plan.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.starter.scheduling.LockedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the tasks of plans as their occurrences come due: every {@code interval}, one replica at a time (a
 * ShedLock lock), one read of the plans whose due mark has come, one bulk insert of their tasks, one bulk write of the
 * plans moved on. A task's id is its plan's id and its date, inserted once, so two generators over the same plans —
 * two replicas whose lock lapsed, a rerun after a crash between the tasks and the plans — make one task and publish
 * one event per occurrence. The rounds of inspection tasks are opened before the plans are moved on, by the tasks'
 * ids too: a tick that could not open them leaves its plans due, and the next one generates the same tasks (which
 * are there) and opens their rounds. Each tick is timed ({@code propertyops.facility.plans.generate}).
 */
@Component
public class PlanGenerator extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(PlanGenerator.class);

    private final PlanStore plans;
    private final TaskStore tasks;
    private final InspectionRounds rounds;
    private final PlanProperties properties;
    private final Clock clock;
    private final Timer ticks;

    PlanGenerator(PlanStore plans, TaskStore tasks, InspectionRounds rounds, PlanProperties properties, Clock clock,
                  MongoTemplate mongo, MeterRegistry meters) {
        super("plan-generator", properties.interval(), properties.lockAtMostFor(), mongo);
        this.plans = plans;
        this.tasks = tasks;
        this.rounds = rounds;
        this.properties = properties;
        this.clock = clock;
        this.ticks = Timer.builder("propertyops.facility.plans.generate")
                .description("One plan-generator tick: reading the due plans and inserting their tasks")
                .register(meters);
    }

    @Override
    protected void run() {
        generateDue();
    }

    /** One pass, without the lock. @return how many tasks it inserted */
    public int generateDue() {
        return ticks.record(this::generate);
    }

    private int generate() {
        Instant now = clock.instant();
        List<Plan> due = plans.due(now, properties.batch());
        if (due.isEmpty()) {
            return 0;
        }
        List<PlanTask> generated = new ArrayList<>();
        List<Plan> moved = new ArrayList<>(due.size());
        for (Plan plan : due) {
            if (generated.size() >= properties.batch()) {
                break; // a month of 5,000 daily plans is 150,000 tasks: written a batch a tick, not in one heap
            }
            Plan.Generation generation = plan.generate(now, properties.zone(), properties.horizon(),
                    properties.catchUp(), properties.perPlan());
            generation.occurrences().forEach(occurrence -> generated.add(PlanTask.generated(plan, occurrence, now)));
            moved.add(generation.after());
        }
        List<PlanTask> inserted = tasks.insertNew(generated);
        // every inspection task generated, not only those inserted now: a tick that died before opening them, or a
        // replica that inserted them a moment ago, leaves rounds to open, and a round is opened once by its id
        List<PlanTask> inspections = generated.stream().filter(task -> task.kind() == PlanKind.INSPECTION).toList();
        if (!inspections.isEmpty()) {
            try {
                rounds.open(inspections);
            } catch (RuntimeException e) {
                log.warn("Could not open the rounds of {} inspection tasks; their plans stay due", inspections.size(), e);
                return inserted.size();
            }
        }
        // after the tasks and rounds: a crash in between leaves the plans due, and the next tick finds them there
        int saved = plans.saveAll(moved);
        if (!inserted.isEmpty()) {
            log.info("Plan generator: {} tasks of {} due plans ({} moved on)", inserted.size(), due.size(), saved);
        }
        return inserted.size();
    }
}
