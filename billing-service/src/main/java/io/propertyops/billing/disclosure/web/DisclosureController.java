package io.propertyops.billing.disclosure.web;

import io.propertyops.billing.disclosure.application.Disclosures;
import io.propertyops.billing.disclosure.domain.Disclosure;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

@RestController
@Validated
@Tag(name = "Disclosures", description = "Monthly statements of income and expenses published to owners (收支公示)")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such disclosure, or not in one of the caller's communities")
class DisclosureController {

    private final Disclosures disclosures;

    DisclosureController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Schema(description = "An expense by category, or a common-area income by source")
    record LineView(@Schema(example = "绿化养护") String category, @Schema(example = "8600.00") String amount, String note) {

        static LineView of(Disclosure.Line line) {
            return new LineView(line.category(), line.amount().toString(), line.note());
        }
    }

    @Schema(description = "Fee income of the month by fee item: collected in the month")
    record IncomeView(@Schema(example = "物业服务费") String feeName, @Schema(example = "286400.00") String collected) {
    }

    @Schema(description = "A disclosure: a draft, or a published version that never changes")
    record DisclosureView(String id, String communityId, @Schema(example = "2026-11") String month, int version,
                          @Schema(example = "PUBLISHED") String status, List<LineView> expenses,
                          List<LineView> commonIncome, List<IncomeView> feeIncome,
                          @Schema(description = "Of the month's own charges, collected by its end, 0–1", example = "0.9350")
                          String collectionRate, String totalIncome, String totalExpenses,
                          @Schema(description = "For a correction: what changed") String changes, String editedBy,
                          Instant editedAt, String publishedBy, Instant publishedAt, long revision) {

        static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.id(), d.communityId(), d.month().toString(), d.version(), d.status().name(),
                    d.expenses().stream().map(LineView::of).toList(), d.commonIncome().stream().map(LineView::of).toList(),
                    d.feeIncome().stream().map(i -> new IncomeView(i.feeName(), i.collected().toString())).toList(),
                    d.collectionRate() == null ? null : d.collectionRate().toPlainString(), d.totalIncome().toString(),
                    d.totalExpenses().toString(), d.changes(), d.editedBy(), d.editedAt(), d.publishedBy(),
                    d.publishedAt(), d.revision());
        }

        ResponseEntity<DisclosureView> withETag() {
            return ResponseEntity.ok().eTag(Long.toString(revision)).body(this);
        }
    }

    @Schema(description = "A month to draft, or to correct when it is published already")
    record StartBody(@NotBlank @Size(max = 64) String communityId,
                     @Schema(example = "2026-11") @NotBlank @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])") String month) {
    }

    @Schema(description = "A line as entered")
    record LineBody(@Schema(example = "绿化养护") @NotBlank @Size(max = 60) String category,
                    @Schema(example = "8600.00") @NotBlank @Pattern(regexp = "[0-9]{1,10}(\\.[0-9]{1,2})?") String amount,
                    @Size(max = 200) String note) {

        Disclosure.Line toLine() {
            return new Disclosure.Line(category, Money.of(amount), note);
        }
    }

    @Schema(description = "The draft's figures as they are to be")
    record EditBody(@NotNull @Size(max = 100) List<@Valid LineBody> expenses,
                    @NotNull @Size(max = 100) List<@Valid LineBody> commonIncome,
                    @Schema(description = "For a correction: what changed, shown to owners") @Size(max = 1000) String changes) {
    }

    @PostMapping("/api/v1/disclosures")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "startDisclosure", summary = "Draft a month's disclosure, or a correction of it",
            description = "The month's first draft; once it is published, a new version carrying its lines, to be "
                    + "corrected and published with what changed. An open draft of the month is answered as it is.")
    @ApiResponse(responseCode = "200", description = "The draft; the ETag is its revision")
    ResponseEntity<DisclosureView> start(Caller caller, @Valid @RequestBody StartBody body) {
        return DisclosureView.of(disclosures.start(caller, body.communityId(), YearMonth.parse(body.month()))).withETag();
    }

    @PutMapping("/api/v1/disclosures/{id}")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "editDisclosure", summary = "Enter a draft's expenses and common-area income",
            description = "Replaces the draft's lines. Send If-Match with the revision read.")
    @ApiResponse(responseCode = "200", description = "The draft; the ETag is its new revision")
    @ApiResponse(responseCode = "409", description = "Published already (published), or changed meanwhile (busy)")
    @ApiResponse(responseCode = "412", description = "It changed since the revision in If-Match (stale-version)")
    ResponseEntity<DisclosureView> edit(Caller caller, @PathVariable @Size(max = 120) String id, ExpectedVersion expected,
                                        @Valid @RequestBody EditBody body) {
        return DisclosureView.of(disclosures.edit(caller, id, body.expenses().stream().map(LineBody::toLine).toList(),
                body.commonIncome().stream().map(LineBody::toLine).toList(), body.changes(), expected.orNull())).withETag();
    }

    @PostMapping("/api/v1/disclosures/{id}/publish")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "publishDisclosure", summary = "Publish a draft to the community's owners",
            description = "By a property manager or administrator who did not enter its figures. The fee income of the "
                    + "month and the collection rate are computed from the ledgers now and frozen; DisclosurePublished "
                    + "tells the owners. A correction (version 2 on) must say what changed.")
    @ApiResponse(responseCode = "200", description = "Published; it never changes again")
    @ApiResponse(responseCode = "409", description = "The caller entered its figures (own-edit), or it is published "
            + "already (published)")
    @ApiResponse(responseCode = "422", description = "A correction without what changed (changes-required)")
    ResponseEntity<DisclosureView> publish(Caller caller, @PathVariable @Size(max = 120) String id, ExpectedVersion expected) {
        return DisclosureView.of(disclosures.publish(caller, id, expected.orNull())).withETag();
    }

    @GetMapping("/api/v1/disclosures")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listDisclosures", summary = "A community's disclosures, drafts included, newest first")
    @ApiResponse(responseCode = "200", description = "The disclosures")
    List<DisclosureView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return disclosures.inCommunity(caller, communityId).stream().map(DisclosureView::of).toList();
    }

    @GetMapping("/api/v1/disclosures/{id}")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getDisclosure", summary = "One disclosure")
    @ApiResponse(responseCode = "200", description = "The disclosure; the ETag is its revision")
    ResponseEntity<DisclosureView> get(Caller caller, @PathVariable @Size(max = 120) String id) {
        return DisclosureView.of(disclosures.get(caller, id)).withETag();
    }

    @GetMapping("/api/v1/me/disclosures")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "myDisclosures", summary = "My communities' published disclosures, newest first",
            description = "Every published version, corrections with what changed.")
    @ApiResponse(responseCode = "200", description = "The disclosures")
    List<DisclosureView> mine(Caller caller) {
        return disclosures.published(caller).stream().map(DisclosureView::of).toList();
    }
}
