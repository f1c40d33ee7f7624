package io.propertyops.facility.round.web;

import io.propertyops.facility.round.application.Routes;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.web.RoundBodies.RouteBody;
import io.propertyops.facility.round.web.RoundBodies.RouteView;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@Tag(name = "Inspection routes", description = "Routes of ordered inspection points (巡检路线), each with its tag and checklist")
class InspectionRouteController {

    private final Routes routes;

    InspectionRouteController(Routes routes) {
        this.routes = routes;
    }

    /** Tags are for those who print the labels: someone who reads a tag's value could check in without scanning. */
    private static boolean seesTags(Caller caller) {
        return caller.hasAnyRole(Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN);
    }

    private static ResponseEntity<RouteView> withETag(ResponseEntity.BodyBuilder response, InspectionRoute route,
                                                      Caller caller) {
        return response.eTag(Long.toString(route.version())).body(RouteView.of(route, seesTags(caller)));
    }

    @PostMapping("/api/v1/inspection-routes")
    @RouteEditors
    @Operation(operationId = "createInspectionRoute", summary = "Define an inspection route",
            description = "Its points in walking order, each at a place (and on a piece of equipment), with the value "
                    + "of its QR or NFC tag, optionally its GPS position and radius, its window offset and its "
                    + "checklist. Every item that can be abnormal names the fault type of the finding it reports. A "
                    + "retried request with the same Idempotency-Key answers the route created the first time.")
    @ApiResponse(responseCode = "201", description = "Created; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Already created by an earlier request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    @ApiResponse(responseCode = "422", description = "The route does not hold together: a tag on two points, offsets "
            + "on some points only, an item without its fault type (invalid-route, invalid-checklist)")
    ResponseEntity<RouteView> create(Caller caller, @Valid @RequestBody RouteBody body,
                                     @Parameter(description = "Client-chosen key that makes retries safe")
                                     @RequestHeader(name = "Idempotency-Key", required = false)
                                     @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {
        Routes.Created created = routes.create(caller, body.toDefinition(), idempotencyKey);
        return withETag(created.created()
                ? ResponseEntity.created(URI.create("/api/v1/inspection-routes/" + created.route().id()))
                : ResponseEntity.ok(), created.route(), caller);
    }

    @GetMapping("/api/v1/inspection-routes")
    @RoundReaders
    @Operation(operationId = "listInspectionRoutes", summary = "A community's inspection routes, by name",
            description = "Tag values only for supervisors, property managers and administrators.")
    @ApiResponse(responseCode = "200", description = "The routes")
    @ApiResponse(responseCode = "400", description = "communityId is missing or malformed")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    List<RouteView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return routes.inCommunity(caller, communityId).stream().map(route -> RouteView.of(route, seesTags(caller))).toList();
    }

    @GetMapping("/api/v1/inspection-routes/{routeId}")
    @RoundReaders
    @Operation(operationId = "getInspectionRoute", summary = "One inspection route",
            description = "Tag values only for supervisors, property managers and administrators.")
    @ApiResponse(responseCode = "200", description = "The route; the ETag is its version, to send as If-Match")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such route, or not in one of the caller's communities")
    ResponseEntity<RouteView> get(Caller caller, @PathVariable @Size(max = 64) String routeId) {
        return withETag(ResponseEntity.ok(), routes.get(caller, routeId), caller);
    }

    @PutMapping("/api/v1/inspection-routes/{routeId}")
    @RouteEditors
    @Operation(operationId = "updateInspectionRoute", summary = "Redefine an inspection route",
            description = "Rounds already open keep the points they opened with; later rounds walk the new ones.")
    @ApiResponse(responseCode = "200", description = "Redefined; the ETag is its new version")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such route, or not in one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile (stale-version)")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @ApiResponse(responseCode = "422", description = "The route does not hold together, or names another community")
    ResponseEntity<RouteView> update(Caller caller, @PathVariable @Size(max = 64) String routeId,
                                     @Valid @RequestBody RouteBody body, ExpectedVersion version) {
        return withETag(ResponseEntity.ok(), routes.redefine(caller, routeId, body.toDefinition(), version.orNull()),
                caller);
    }
}
