package io.propertyops.facility.plan.domain;

import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One item of a checklist (检查项): what to look at and how to answer it, and what an abnormal answer means.
 *
 * @param id              stable within its checklist; part of the id of the finding an abnormal answer reports
 * @param type            PASS_FAIL (正常/异常), NUMBER (a reading, abnormal outside min–max), CHOICE (one of the
 *                        options, some of them abnormal), TEXT (a remark, never abnormal), PHOTO (photos are the answer)
 * @param min             NUMBER: the lowest normal value; null for none
 * @param max             NUMBER: the highest normal value; null for none
 * @param unit            NUMBER: the unit the value is read in, e.g. {@code MPa}
 * @param options         CHOICE: the answers to choose from
 * @param abnormalOptions CHOICE: those of the options that are abnormal
 * @param photoRequired   an answer must carry at least one photo
 * @param faultType       what an abnormal answer is, a stable code, e.g. {@code pump.pressure-low}: the finding's fault
 *                        type; null when an abnormal answer only counts against a score
 * @param severity        how bad an abnormal answer is (the finding's severity); MEDIUM when not given
 * @param category        the trade that fixes it; null for the checklist owner's (the plan's or the route's)
 */
public record ChecklistItem(String id, String label, ItemType type, BigDecimal min, BigDecimal max, String unit,
                            List<String> options, List<String> abnormalOptions, boolean photoRequired,
                            String faultType, Severity severity, String category) {

    public enum ItemType { PASS_FAIL, NUMBER, CHOICE, TEXT, PHOTO }

    public ChecklistItem {
        if (id == null || id.isBlank() || label == null || label.isBlank() || type == null) {
            throw new RuleViolationException("invalid-checklist", "checklist", "every item has an id, a label and a type");
        }
        options = options == null ? List.of() : List.copyOf(options);
        abnormalOptions = abnormalOptions == null ? List.of() : List.copyOf(abnormalOptions);
        severity = severity == null ? Severity.MEDIUM : severity;
        if (type == ItemType.NUMBER && min != null && max != null && min.compareTo(max) > 0) {
            throw new RuleViolationException("invalid-checklist", "checklist", "item " + id + ": min is above max");
        }
        if (type == ItemType.CHOICE && (options.isEmpty() || !Set.copyOf(options).containsAll(abnormalOptions))) {
            throw new RuleViolationException("invalid-checklist", "checklist",
                    "item " + id + ": a choice has options, and its abnormal options are among them");
        }
    }

    /** How an answer to this item is judged. */
    public enum Judgement { NORMAL, ABNORMAL, NOT_JUDGED }

    /**
     * Judges an answer, after checking it fits the item: a PASS_FAIL item needs {@code passed}, a NUMBER a value, a
     * CHOICE one of its options, a PHOTO item (and one whose photo is required) a photo.
     *
     * @throws RuleViolationException {@code invalid-answer} when it does not fit
     */
    public Judgement judge(Answer answer) {
        if ((photoRequired || type == ItemType.PHOTO) && answer.photoIds().isEmpty()) {
            throw invalidAnswer("a photo is required");
        }
        return switch (type) {
            case PASS_FAIL -> {
                if (answer.passed() == null) {
                    throw invalidAnswer("answer passed: true or false");
                }
                yield answer.passed() ? Judgement.NORMAL : Judgement.ABNORMAL;
            }
            case NUMBER -> {
                BigDecimal value = answer.value();
                if (value == null) {
                    throw invalidAnswer("answer a value");
                }
                boolean outside = min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0;
                yield outside ? Judgement.ABNORMAL : Judgement.NORMAL;
            }
            case CHOICE -> {
                if (answer.choice() == null || !options.contains(answer.choice())) {
                    throw invalidAnswer("choose one of " + options);
                }
                yield abnormalOptions.contains(answer.choice()) ? Judgement.ABNORMAL : Judgement.NORMAL;
            }
            case TEXT, PHOTO -> Judgement.NOT_JUDGED;
        };
    }

    /** The answer as evidence says it: {@code 0.18 MPa}, {@code 不合格}, the choice, the text. */
    public String describe(Answer answer) {
        return switch (type) {
            case PASS_FAIL -> Boolean.TRUE.equals(answer.passed()) ? "合格 PASS" : "不合格 FAIL";
            case NUMBER -> answer.value() == null ? "" : answer.value().toPlainString() + (unit == null ? "" : " " + unit);
            case CHOICE -> answer.choice() == null ? "" : answer.choice();
            case TEXT -> answer.text() == null ? "" : answer.text();
            case PHOTO -> String.join(", ", answer.photoIds());
        };
    }

    /** What the normal range or answers are, for a finding's detail: {@code 0.25–0.6 MPa}. */
    public String expected() {
        return switch (type) {
            case PASS_FAIL -> "合格 PASS";
            case NUMBER -> (min == null ? "" : min.toPlainString()) + "–" + (max == null ? "" : max.toPlainString())
                    + (unit == null ? "" : " " + unit);
            case CHOICE -> String.join(" / ", options.stream().filter(o -> !abnormalOptions.contains(o)).toList());
            case TEXT, PHOTO -> "";
        };
    }

    private RuleViolationException invalidAnswer(String message) {
        return new RuleViolationException("invalid-answer", "answers", "item " + id + " (" + label + "): " + message);
    }
}
