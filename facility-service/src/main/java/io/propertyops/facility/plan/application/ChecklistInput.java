package io.propertyops.facility.plan.application;

import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checklist items and answers as callers send them, validated field by field before the domain judges them as a
 * whole: the commands of every API that takes a checklist (plans, inspection routes) or answers one (checks, round
 * check-ins), so that they read and are documented the same everywhere.
 */
public final class ChecklistInput {

    private ChecklistInput() {
    }

    public record ItemInput(@Schema(example = "outlet-pressure") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String id,
                            @Schema(example = "出水压力") @NotBlank @Size(max = 100) String label,
                            @NotNull ChecklistItem.ItemType type,
                            @Schema(example = "0.25", description = "NUMBER: the lowest normal value") BigDecimal min,
                            @Schema(example = "0.6", description = "NUMBER: the highest normal value") BigDecimal max,
                            @Schema(example = "MPa") @Size(max = 16) String unit,
                            @Schema(example = "[\"正常\", \"异响\", \"停机\"]", description = "CHOICE: the answers to choose from")
                            @Size(max = 20) List<@NotBlank @Size(max = 40) String> options,
                            @Schema(example = "[\"异响\", \"停机\"]", description = "CHOICE: which of the options are abnormal")
                            @Size(max = 20) List<@NotBlank @Size(max = 40) String> abnormalOptions,
                            @Schema(example = "false", description = "An answer must carry a photo; false when absent") Boolean photoRequired,
                            @Schema(example = "pump.pressure-low", description = "What an abnormal answer is: the finding's "
                            + "fault type. Absent: an abnormal answer only counts against the score")
                            @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,59}") String faultType,
                            Severity severity,
                            @Schema(example = "plumbing", description = "The trade that fixes it; absent for the plan's or route's")
                            @Size(max = 40) String category) {
        public ChecklistItem toDomain() {
            return new ChecklistItem(id, label, type, min, max, unit, options, abnormalOptions, Boolean.TRUE.equals(photoRequired), faultType,
                    severity, category);
        }
    }

    public static Checklist checklist(List<ItemInput> items) {
        return new Checklist(items == null ? List.of() : items.stream().map(ItemInput::toDomain).toList());
    }

    public record AnswerInput(@Schema(example = "outlet-pressure") @NotBlank @Size(max = 40) String itemId,
                              @Schema(example = "true", description = "PASS_FAIL: true for pass") Boolean passed,
                              @Schema(example = "0.18", description = "NUMBER: the value read") BigDecimal value,
                              @Schema(example = "异响", description = "CHOICE: the option chosen") @Size(max = 40) String choice,
                              @Schema(example = "地面有积水", description = "A remark") @Size(max = 500) String text,
                              @Schema(example = "[\"photo-91f2\"]") @Size(max = 9) List<@NotBlank @Size(max = 64) String> photoIds) {
        public Answer toDomain() {
            return new Answer(itemId, passed, value, choice, text, photoIds);
        }
    }

    public static List<Answer> answers(List<AnswerInput> answers) {
        return answers == null ? List.of() : answers.stream().map(AnswerInput::toDomain).toList();
    }
}
