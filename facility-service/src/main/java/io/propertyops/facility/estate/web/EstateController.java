package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.application.EstateStructure;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@Tag(name = "Estate", description = "Communities, buildings and units")
class EstateController {

    private final EstateStructure estate;

    EstateController(EstateStructure estate) {
        this.estate = estate;
    }

    record CommunityView(String id, String name, String city, String district, String address,
                         List<Community.Building> buildings, List<Community.CommonArea> commonAreas) {
        static CommunityView of(Community community) {
            return new CommunityView(community.id(), community.name(), community.city(), community.district(),
                    community.address(), community.buildings(), community.commonAreas());
        }
    }

    @GetMapping("/api/v1/communities")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listCommunities", summary = "The communities the caller works in or lives in")
    List<CommunityView> communities(Caller caller) {
        return estate.communities(caller.communityIds()).stream().map(CommunityView::of).toList();
    }

    @GetMapping("/api/v1/communities/{communityId}/units")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD, Roles.FINANCE,
            Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listUnits", summary = "A community's units (staff of that community)")
    List<Unit> units(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        caller.requireCommunity(communityId);
        return estate.units(communityId);
    }
}
