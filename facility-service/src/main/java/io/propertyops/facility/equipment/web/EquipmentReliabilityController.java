package io.propertyops.facility.equipment.web;

import io.propertyops.facility.equipment.application.EquipmentLedger;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.Reliability;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

@RestController
@Validated
@Tag(name = "Equipment reliability", description = "MTBF, MTTR, availability, repeat failures and repair cost")
@ApiResponse(responseCode = "400", description = "A parameter is missing or malformed")
@ApiResponse(responseCode = "404", description = "No such equipment or community among the caller's")
@ApiResponse(responseCode = "422", description = "The period ends before it begins or spans more than ten years "
        + "(invalid-period)")
class EquipmentReliabilityController {

    /** The formulas, for every reliability operation's description. */
    static final String FORMULAS = """
            The period is the days from and to, both included, in the community's calendar (Asia/Shanghai), cut at \
            the present and counted from when the equipment entered the ledger; without them, the last twelve months \
            to today.
            - operating time: the time in the period the equipment was OPERATIONAL or STANDBY;
            - downtime: the time in the period a downtime was open (a failure, or corrective maintenance);
            - failure: a change into DOWN, counted in the period it began in; a change into DOWN while a downtime is \
            open (DOWN, under repair, DOWN again) is the same failure;
            - MTBF (mean time between failures) = operating time ÷ number of failures, in hours; null without failures;
            - MTTR (mean time to repair) = total downtime of the failures repaired in the period (back to \
            OPERATIONAL or STANDBY, by hand or by their work order's resolution; their whole downtime, also before \
            the period) ÷ their number, in hours; null without repairs; a failure ended by scrapping is no repair;
            - availability = operating time ÷ (operating time + downtime), 0 to 1; time IDLE or in planned \
            maintenance counts in neither; null when the period holds neither;
            - repeat failure (重复故障): a failure that began within 30 days after the previous failure ended;
            - repair cost: the charges (CNY) of its work orders closed in the period; repairCostShareOfPrice = repair \
            cost ÷ purchase price, and lifetimeRepairCostShareOfPrice the same for every closed work order since it \
            entered the ledger; null without a purchase price.
            Over several pieces of equipment each sum adds up first (MTBF = Σ operating time ÷ Σ failures, and so on).""";

    private final EquipmentLedger ledger;

    EquipmentReliabilityController(EquipmentLedger ledger) {
        this.ledger = ledger;
    }

    @Schema(description = "Reliability figures over a period; see the operation for the formulas")
    record FiguresView(@Schema(description = "How many pieces of equipment the figures sum", example = "1") int equipmentCount,
                       @Schema(example = "2146.50") BigDecimal operatingHours,
                       @Schema(example = "13.50") BigDecimal downtimeHours,
                       @Schema(example = "3") int failures,
                       @Schema(description = "Failures repaired in the period", example = "3") int repairedFailures,
                       @Schema(description = "Hours; null without failures", example = "715.50") BigDecimal mtbfHours,
                       @Schema(description = "Hours; null without repaired failures", example = "4.50") BigDecimal mttrHours,
                       @Schema(description = "0 to 1; null when the period holds no operating time and no downtime",
                               example = "0.9938") BigDecimal availability,
                       @Schema(example = "1") int repeatFailures,
                       @Schema(description = "CNY, work orders closed in the period", example = "1280.00") BigDecimal repairCost,
                       @Schema(description = "CNY, every closed work order", example = "3560.00") BigDecimal lifetimeRepairCost,
                       @Schema(description = "CNY; summed over the pieces whose price is known", example = "48600.00")
                       BigDecimal purchasePrice,
                       @Schema(example = "0.0263") BigDecimal repairCostShareOfPrice,
                       @Schema(example = "0.0733") BigDecimal lifetimeRepairCostShareOfPrice) {

        static FiguresView of(Reliability.Figures f) {
            return new FiguresView(f.equipmentCount(), f.operatingHours(), f.downtimeHours(), f.failures(),
                    f.repairedFailures(), f.mtbfHours(), f.mttrHours(), f.availability(), f.repeatFailures(),
                    f.repairCost(), f.lifetimeRepairCost(), f.purchasePrice(), f.repairCostShareOfPrice(),
                    f.lifetimeRepairCostShareOfPrice());
        }
    }

    record EquipmentReliabilityView(@Schema(example = "6f1e2d3c-0000-4000-8000-000000000001") String equipmentId,
                                    @Schema(example = "PUMP-03-02") String code,
                                    @Schema(example = "3号楼 2号生活水泵") String name,
                                    @Schema(example = "pump") String type,
                                    @Schema(example = "2026-01-01") LocalDate from,
                                    @Schema(example = "2026-03-31") LocalDate to,
                                    FiguresView figures) {

        static EquipmentReliabilityView of(Equipment e, LocalDate from, LocalDate to, Reliability.Figures figures) {
            return new EquipmentReliabilityView(e.id(), e.details().code(), e.details().name(), e.details().type().code(),
                    from, to, FiguresView.of(figures));
        }
    }

    record FleetReliabilityView(@Schema(example = "community-cuihu") String communityId,
                                @Schema(description = "The type asked for; null for all", example = "pump") String type,
                                @Schema(example = "2026-01-01") LocalDate from,
                                @Schema(example = "2026-03-31") LocalDate to,
                                FiguresView total,
                                @Schema(description = "Each piece, the most failures first") List<EquipmentReliabilityView> items) {
    }

    @GetMapping("/api/v1/equipment/{id}/reliability")
    @StaffAccess
    @Operation(operationId = "getEquipmentReliability", summary = "MTBF, MTTR, availability and repair cost of a piece "
            + "of equipment over a period", description = FORMULAS)
    @ApiResponse(responseCode = "200", description = "Its figures over the period")
    EquipmentReliabilityView equipment(Caller caller, @PathVariable @Size(max = 64) String id,
                                       @Parameter(example = "2026-01-01") @RequestParam(required = false) LocalDate from,
                                       @Parameter(example = "2026-03-31") @RequestParam(required = false) LocalDate to) {
        EquipmentLedger.Report report = ledger.reliability(caller, id, from, to);
        return EquipmentReliabilityView.of(ledger.get(caller, id), report.from(), report.to(), report.figures());
    }

    @GetMapping("/api/v1/equipment/reliability")
    @StaffAccess
    @Operation(operationId = "getFleetReliability", summary = "MTBF, MTTR, availability and repair cost of a "
            + "community's equipment (of a type) over a period", description = FORMULAS)
    @ApiResponse(responseCode = "200", description = "The figures summed, and each piece's")
    FleetReliabilityView fleet(Caller caller,
                               @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                               @Parameter(example = "pump") @RequestParam(required = false)
                               @Pattern(regexp = EquipmentViews.TYPES) String type,
                               @Parameter(example = "2026-01-01") @RequestParam(required = false) LocalDate from,
                               @Parameter(example = "2026-03-31") @RequestParam(required = false) LocalDate to) {
        EquipmentLedger.CommunityReliability report = ledger.reliability(caller, communityId,
                EquipmentController.type(type), from, to);
        return new FleetReliabilityView(communityId, type, report.from(), report.to(), FiguresView.of(report.total()),
                report.items().stream()
                        .sorted(Comparator.comparingInt((EquipmentLedger.CommunityReliability.Item i) -> i.figures().failures())
                                .reversed())
                        .map(i -> EquipmentReliabilityView.of(i.equipment(), report.from(), report.to(), i.figures()))
                        .toList());
    }
}
