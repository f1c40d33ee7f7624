package io.propertyops.facility.equipment.web;

import io.propertyops.facility.equipment.application.EquipmentLedger;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.web.EquipmentViews.LocationBody;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "My community's equipment", description = "What owners see of a common-area asset by its QR label")
class MyEquipmentController {

    private final EquipmentLedger ledger;

    MyEquipmentController(EquipmentLedger ledger) {
        this.ledger = ledger;
    }

    /** The public facts of a common-area asset: enough to prefill a repair report about it. */
    record PublicAssetView(@Schema(example = "6f1e2d3c-0000-4000-8000-000000000001") String equipmentId,
                           @Schema(example = "EQ-7K3M9Q2X4T8V1B6N5R0C") String qrCode,
                           @Schema(example = "community-cuihu") String communityId,
                           @Schema(example = "3号楼 A 梯") String name,
                           @Schema(example = "elevator") String type,
                           LocationBody location,
                           @Schema(example = "3号楼 电梯厅") String locationName,
                           @Schema(description = "The category to report a fault of it under", example = "elevator")
                           String category,
                           @Schema(description = "Held out of service, e.g. its statutory inspection lapsed",
                                   example = "false") boolean outOfService) {

        static PublicAssetView of(Equipment e) {
            return new PublicAssetView(e.id(), e.qrCode(), e.communityId(), e.details().name(), e.details().type().code(),
                    LocationBody.of(e.details().location()), e.details().locationName(), e.details().type().category(),
                    e.outOfService());
        }
    }

    @GetMapping("/api/v1/me/equipment/by-code/{qr}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "getMyCommunityAssetByQrCode", summary = "A common-area asset by the value of its QR label",
            description = "For an owner or resident of its community: its name, type, location and the category to "
                    + "report a fault under, so the app can prefill a repair report. Equipment in a unit or on a parking "
                    + "space, scrapped equipment and other communities' answer 404.")
    @ApiResponse(responseCode = "200", description = "The asset's public facts")
    @ApiResponse(responseCode = "400", description = "The code is malformed")
    @ApiResponse(responseCode = "404", description = "No common-area asset of the caller's communities has this code")
    PublicAssetView byQrCode(Caller caller, @PathVariable @Size(max = 64) String qr) {
        return PublicAssetView.of(ledger.byQrCode(caller, qr));
    }
}
