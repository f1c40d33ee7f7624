package io.propertyops.facility.plan.persistence;

import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.plan.domain.MeterTrigger;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.Progress;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A plan as stored: its definition, its progress, and its due mark ({@code generateMark}), present while the
 * generator has something to do for it and valued at its next generate-at, so a tick reads the plans due, not all.
 * Dates and times are kept as ISO text, as the community's calendar has them.
 */
@Document(PlanDocument.COLLECTION)
@CompoundIndex(name = "generate_mark", def = "{'generateMark': 1}", unique = true, sparse = true)
// trivially unique (_id is): every write is on the revision it read, which the embedded store finds by this index
@CompoundIndex(name = "id_revision", def = "{'_id': 1, 'revision': 1}", unique = true)
record PlanDocument(@Id String id, @Indexed String communityId, String name, PlanKind kind, Target target,
                    String category, Schedule schedule, String windowStart, String windowDuration, String leadTime,
                    List<String> assigneeIds, String supervisorId, List<ChecklistItem> checklist,
                    MeterTrigger meterTrigger, boolean active, String effectiveFrom, String effectiveTo, long version,
                    long revision, String generatedThrough, String openTaskId, String lastCompletedOn,
                    BigDecimal meterTotal, BigDecimal meterBaseline, String meterDueOn, Instant nextGenerateAt,
                    String generateMark) {

    static final String COLLECTION = "plans";

    /** The plan as it is written at its next revision. */
    static PlanDocument of(Plan plan, ZoneId zone) {
        Progress progress = plan.progress();
        Instant next = plan.nextGenerateAt(zone).orElse(null);
        return new PlanDocument(plan.id(), plan.communityId(), plan.name(), plan.kind(), plan.target(), plan.category(),
                plan.schedule(), plan.window().start().toString(), plan.window().duration().toString(),
                plan.leadTime().toString(), plan.assigneeIds(), plan.supervisorId(), plan.checklist().items(),
                plan.meterTrigger(), plan.active(), text(plan.effectiveFrom()), text(plan.effectiveTo()), plan.version(),
                plan.revision() + 1, text(progress.generatedThrough()), progress.openTaskId(),
                text(progress.lastCompletedOn()), progress.meterTotal(), progress.meterBaseline(),
                text(progress.meterDueOn()), next, next == null ? null : DueMarks.of("", next, plan.id()));
    }

    Plan toDomain() {
        return new Plan(id, communityId, name, kind, target, category, schedule,
                new Window(LocalTime.parse(windowStart), Duration.parse(windowDuration)), Duration.parse(leadTime),
                assigneeIds, supervisorId, new Checklist(checklist), meterTrigger, active, date(effectiveFrom),
                date(effectiveTo), version, revision, new Progress(date(generatedThrough), openTaskId,
                date(lastCompletedOn), meterTotal, meterBaseline, date(meterDueOn)));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
