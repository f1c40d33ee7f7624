package io.propertyops.billing.latefee.web;

import io.propertyops.billing.latefee.application.LateFees;
import io.propertyops.billing.latefee.domain.LateFeePolicy;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Late fees", description = "Late-fee policies (滞纳金): grace days, a daily rate or a one-off amount, a "
        + "cap; posted as ledger lines by a daily job, waivable with an approval")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
class LateFeePolicyController {

    private static final String ALL = "all";

    private final LateFees lateFees;

    LateFeePolicyController(LateFees lateFees) {
        this.lateFees = lateFees;
    }

    @Schema(description = "A late-fee policy for one fee item, or for every item (feeItemId null)")
    record PolicyView(String id, String communityId, @Schema(example = "pm") String feeItemId,
                      @Schema(example = "15") int graceDays, @Schema(example = "DAILY_RATE") String mode,
                      @Schema(description = "For DAILY_RATE: the share of what is owed, per late day", example = "0.0005")
                      String dailyRate,
                      @Schema(description = "For ONE_OFF: the amount, yuan", example = "20.00") String oneOffAmount,
                      @Schema(description = "Late fees on one charge never exceed this share of it", example = "0.3")
                      String capShare, LocalDate startsOn, long version) {

        static PolicyView of(LateFeePolicy p) {
            return new PolicyView(p.id(), p.communityId(), p.feeItemId(), p.graceDays(), p.mode().name(),
                    p.dailyRate() == null ? null : p.dailyRate().toPlainString(),
                    p.oneOffAmount() == null ? null : p.oneOffAmount().toString(),
                    p.capShare() == null ? null : p.capShare().toPlainString(), p.startsOn(), p.version());
        }
    }

    @Schema(description = "A policy as it is to be")
    record PolicyBody(@Schema(example = "15") @NotNull @Min(0) @Max(365) Integer graceDays,
                      @NotNull LateFeePolicy.Mode mode,
                      @Schema(example = "0.0005") @Pattern(regexp = "0?\\.[0-9]{1,6}") String dailyRate,
                      @Schema(example = "20.00") @Pattern(regexp = "[0-9]{1,7}(\\.[0-9]{1,2})?") String oneOffAmount,
                      @Schema(example = "0.3") @Pattern(regexp = "(0?\\.[0-9]{1,4}|1(\\.0{1,4})?)") String capShare,
                      @Schema(description = "Nothing accrues before it; today by default") LocalDate startsOn) {
    }

    @GetMapping("/api/v1/late-fee-policies")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listLateFeePolicies", summary = "A community's late-fee policies")
    @ApiResponse(responseCode = "200", description = "The policies")
    List<PolicyView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return lateFees.policies(caller, communityId).stream().map(PolicyView::of).toList();
    }

    @PutMapping("/api/v1/late-fee-policies/{communityId}/{feeItemId}")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "setLateFeePolicy", summary = "Set the late-fee policy of a fee item, or of every item",
            description = "Property managers and administrators of the community. `feeItemId` is the item, or `all` "
                    + "for every item without its own policy. Late fees accrue from the day after the due day plus "
                    + "graceDays, each day at dailyRate on what the charge still owes at the day's start, or once as "
                    + "oneOffAmount; the total on one charge is capped at capShare of it. A daily job posts what has "
                    + "accrued as LATE_FEE lines. Send If-Match with the version read to change an existing policy.")
    @ApiResponse(responseCode = "200", description = "The policy as set; the ETag is its version")
    @ApiResponse(responseCode = "409", description = "It changed meanwhile (busy)")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "The policy does not hold together (invalid-policy): a daily "
            + "rate without a rate, a one-off without an amount, a cap outside (0, 1]")
    ResponseEntity<PolicyView> set(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                   @Parameter(example = "pm") @PathVariable @Size(max = 64)
                                   @Pattern(regexp = "[A-Za-z0-9._-]+") String feeItemId,
                                   ExpectedVersion expected, @Valid @RequestBody PolicyBody body) {
        LateFeePolicy policy = lateFees.set(caller, communityId, new LateFees.PolicyInput(
                ALL.equals(feeItemId) ? null : feeItemId, body.graceDays(), body.mode(),
                body.dailyRate() == null ? null : new BigDecimal(body.dailyRate()),
                body.oneOffAmount() == null ? null : Money.of(body.oneOffAmount()),
                body.capShare() == null ? null : new BigDecimal(body.capShare()), body.startsOn()), expected.orNull());
        return ResponseEntity.ok().eTag(Long.toString(policy.version())).body(PolicyView.of(policy));
    }
}
