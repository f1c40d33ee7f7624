package io.propertyops.facility.plan.application;

import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.PlanTask;

import java.util.List;

/** The finding an abnormal item of a task's checklist reports: a supervisor's check, a maintenance task's results. */
final class TaskFindings {

    private TaskFindings() {
    }

    /** About the task's place and equipment, in the item's trade (else the plan's), its answer as evidence. */
    static Findings.NewFinding of(String findingId, PlanTask task, Checklist.Judged judged, FindingSource source,
                                  String reporterId) {
        var item = judged.item();
        String answer = item.describe(judged.answer());
        return new Findings.NewFinding(findingId, task.communityId(), source, task.target().location(),
                task.target().locationName(), task.target().equipmentId(), item.faultType(),
                item.category() != null ? item.category() : task.category(), item.severity(),
                task.planName() + "：" + item.label(), item.label() + "：" + answer + "（应为 " + item.expected() + "）",
                reporterId, List.of(new Finding.Evidence(Finding.Evidence.Kind.ANSWER, item.label(), answer)));
    }
}
