package io.propertyops.ticket.dispatch.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.dispatch.application.DispatchRoster;
import io.propertyops.ticket.dispatch.domain.Technician;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Dispatch roster", description = "Technicians per community with skills, duty and open work (派单花名册)")
class RosterController {

    private final DispatchRoster roster;

    RosterController(DispatchRoster roster) {
        this.roster = roster;
    }

    record TechnicianView(
            @Schema(example = "tech-0012") String id,
            @Schema(example = "王建国") String name,
            @Schema(description = "Trades they are dispatched for, matched against work-order categories", example = "[\"plumbing\", \"electrical\"]")
            List<String> skills,
            @Schema(description = "On duty (上班) now; auto-dispatch only picks technicians on duty", example = "true")
            boolean onDuty,
            @Schema(description = "Work dispatched to them and not yet resolved", example = "2") int openWork,
            @Schema(description = "When work was last dispatched to them; absent if never") Instant lastAssignedAt) {

        static TechnicianView of(Technician technician) {
            return new TechnicianView(technician.id(), technician.name(), technician.skills().stream().sorted().toList(),
                    technician.onDuty(), technician.openWork(), technician.lastAssignedAt());
        }
    }

    record RosterView(@Schema(example = "community-cuihu") String communityId, List<TechnicianView> technicians) {
    }

    @GetMapping("/api/v1/roster")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listRoster", summary = "A community's technicians, by name",
            description = "Every active technician of the community, on duty or not, with skills and open work: what "
                    + "auto-dispatch chooses from (on duty, with the skill, least open work, in turn on ties) and what "
                    + "a dispatcher dispatches by hand from. Kept from security-service's staff events, so a change "
                    + "there shows here within moments.")
    @ApiResponse(responseCode = "200", description = "The roster, possibly empty")
    @ApiResponse(responseCode = "400", description = "communityId missing or malformed")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    RosterView list(Caller caller,
                    @Parameter(description = "The community", example = "community-cuihu")
                    @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return new RosterView(communityId, roster.rosterOf(caller, communityId).stream().map(TechnicianView::of).toList());
    }
}
