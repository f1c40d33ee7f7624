package io.propertyops.facility.plan.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items to check and record, in order: a plan's (preventive maintenance, a cleaning or greening check) or an
 * inspection point's. An answer sheet is judged against it item by item.
 */
public record Checklist(List<ChecklistItem> items) {

    public static final int MAX_ITEMS = 60;

    public Checklist {
        items = items == null ? List.of() : List.copyOf(items);
        if (items.size() > MAX_ITEMS) {
            throw new RuleViolationException("invalid-checklist", "checklist", "at most " + MAX_ITEMS + " items");
        }
        Set<String> ids = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!ids.add(item.id())) {
                throw new RuleViolationException("invalid-checklist", "checklist", "item id " + item.id() + " appears twice");
            }
        }
    }

    public static Checklist empty() {
        return new Checklist(List.of());
    }

    /** An item and the answer given to it, judged. */
    public record Judged(ChecklistItem item, Answer answer, ChecklistItem.Judgement judgement) {

        public boolean abnormal() {
            return judgement == ChecklistItem.Judgement.ABNORMAL;
        }
    }

    /**
     * Judges a sheet of answers: one per item, TEXT items optional.
     *
     * @throws RuleViolationException {@code invalid-answer} for an answer to no item or to one item twice, a missing
     *                                answer, or one that does not fit its item
     */
    public List<Judged> judge(List<Answer> answers) {
        Map<String, Answer> byItem = new LinkedHashMap<>();
        for (Answer answer : answers == null ? List.<Answer>of() : answers) {
            if (items.stream().noneMatch(item -> item.id().equals(answer.itemId()))) {
                throw new RuleViolationException("invalid-answer", "answers", "no item " + answer.itemId() + " on this checklist");
            }
            if (byItem.put(answer.itemId(), answer) != null) {
                throw new RuleViolationException("invalid-answer", "answers", "item " + answer.itemId() + " answered twice");
            }
        }
        List<Judged> judged = new ArrayList<>(items.size());
        for (ChecklistItem item : items) {
            Answer answer = byItem.get(item.id());
            if (answer == null && item.type() == ChecklistItem.ItemType.TEXT && !item.photoRequired()) {
                continue;
            }
            if (answer == null) {
                throw new RuleViolationException("invalid-answer", "answers", "item " + item.id() + " (" + item.label()
                        + ") is not answered");
            }
            judged.add(new Judged(item, answer, item.judge(answer)));
        }
        return judged;
    }

    /** The share of judged answers that are normal, in percent rounded down; 100 when nothing was judged. */
    public static int score(List<Judged> judged) {
        long counted = judged.stream().filter(j -> j.judgement() != ChecklistItem.Judgement.NOT_JUDGED).count();
        long normal = judged.stream().filter(j -> j.judgement() == ChecklistItem.Judgement.NORMAL).count();
        return counted == 0 ? 100 : (int) (normal * 100 / counted);
    }

    /** The item labels, in order: what a maintenance work order lists. */
    public List<String> labels() {
        return items.stream().map(ChecklistItem::label).toList();
    }
}
