package io.propertyops.facility.equipment.web;

import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.Importance;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The ledger's request and response bodies. */
final class EquipmentViews {

    /** The equipment types as the API names them. */
    static final String TYPES = "elevator|pump|fire-panel|generator|hvac|transformer|gate-barrier|cctv|lighting|other";
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    static final String CURRENCY = "CNY";

    private EquipmentViews() {
    }

    @Schema(description = "A place of the estate: what kind, and its id")
    record LocationBody(@NotNull LocationKind kind,
                        @Schema(example = "cuihu-b3-pump-room") @NotBlank @Size(max = 64) String id) {

        Location toDomain() {
            return Location.of(kind, id);
        }

        static LocationBody of(Location location) {
            return new LocationBody(location.kind(), location.id());
        }
    }

    /** A downtime as the API shows it. */
    record DowntimeView(@Schema(example = "3") int number,
                        @Schema(example = "2026-11-20T01:30:00Z") Instant startedAt,
                        @Schema(description = "Opened by (or went through) a change into DOWN: a failure reliability counts",
                                example = "true") boolean failure,
                        @Schema(example = "出水压力低，电机异响") String reason,
                        @Schema(description = "The work order that fixed it, or was opened for it",
                                example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String workOrderId,
                        @Schema(description = "Null while it lasts", example = "2026-11-20T06:45:00Z") Instant endedAt,
                        @Schema(description = "Ended by returning to operation or standby (false: scrapped, or open)",
                                example = "true") boolean repaired) {

        static DowntimeView of(Equipment.Downtime d) {
            return d == null ? null : new DowntimeView(d.number(), d.startedAt(), d.failure(), d.reason(), d.workOrderId(),
                    d.endedAt(), d.repaired());
        }
    }

    record ScrapRequestView(@Schema(example = "5b0e8a52-2c1f-4d7e-9b3a-0f6e1d2c3b4a") String id,
                            @Schema(example = "超过设计使用年限，维修费用高于残值") String reason,
                            @Schema(example = "supervisor-0003") String requestedBy,
                            Instant requestedAt,
                            Equipment.ScrapRequest.Status status,
                            @Schema(example = "pm-0001") String decidedBy,
                            Instant decidedAt,
                            @Schema(example = "同意报废，资产处置走固定资产流程") String note) {

        static ScrapRequestView of(Equipment.ScrapRequest r) {
            return r == null ? null : new ScrapRequestView(r.id(), r.reason(), r.requestedBy(), r.requestedAt(), r.status(),
                    r.decidedBy(), r.decidedAt(), r.note());
        }
    }

    record HoldView(@Schema(description = "What holds it, e.g. the expired certificate's id",
                            example = "6f1e2d3c-0000-4000-8000-000000000001_9a8b7c6d") String id,
                    @Schema(example = "电梯年检 certificate expired") String reason,
                    Instant since) {
    }

    /**
     * A piece of equipment as the API shows it.
     *
     * @param version the number its ETag carries, to send as If-Match
     */
    record EquipmentView(@Schema(example = "6f1e2d3c-0000-4000-8000-000000000001") String id,
                         @Schema(example = "community-cuihu") String communityId,
                         @Schema(example = "PUMP-03-02") String code,
                         @Schema(allowableValues = {"elevator", "pump", "fire-panel", "generator", "hvac", "transformer",
                                 "gate-barrier", "cctv", "lighting", "other"}, example = "pump") String type,
                         @Schema(description = "The trade a repair is reported under (the work order's category)",
                                 example = "plumbing") String category,
                         @Schema(example = "3号楼 2号生活水泵") String name,
                         @Schema(example = "格兰富") String brand,
                         @Schema(example = "CR 32-4") String model,
                         @Schema(example = "GF-2019-0832211") String serial,
                         LocationBody location,
                         @Schema(example = "3号楼 水泵房") String locationName,
                         Importance importance,
                         @Schema(example = "48600.00") BigDecimal purchasePrice,
                         @Schema(example = "CNY") String currency,
                         @Schema(example = "2019-06-18") LocalDate inServiceDate,
                         @Schema(example = "2022-06-17") LocalDate warrantyEnd,
                         @Schema(example = "15") Integer usefulLifeYears,
                         @Schema(example = "tech-0012") String responsibleStaffId,
                         @Schema(example = "2a7d0c4e-0000-4000-8000-000000000009") String parentId,
                         @Schema(description = "The value its QR label carries: opaque, stable, not the id",
                                 example = "EQ-7K3M9Q2X4T8V1B6N5R0C") String qrCode,
                         EquipmentState state,
                         Instant stateSince,
                         @Schema(description = "Held out of service (停用) whatever its state, e.g. by an expired "
                                 + "statutory certificate", example = "false") boolean outOfService,
                         List<HoldView> holds,
                         DowntimeView openDowntime,
                         @Schema(description = "The charges of its closed work orders, CNY", example = "1280.00")
                         BigDecimal repairCost,
                         ScrapRequestView pendingScrapRequest,
                         Instant registeredAt,
                         @Schema(description = "The version, the number the ETag carries (quoted, \"3\")", example = "3")
                         long version) {

        static EquipmentView of(Equipment e) {
            var d = e.details();
            return new EquipmentView(e.id(), e.communityId(), d.code(), d.type().code(), d.type().category(), d.name(),
                    d.brand(), d.model(), d.serial(), LocationBody.of(d.location()), d.locationName(), d.importance(),
                    d.purchasePrice(), CURRENCY, d.inServiceDate(), d.warrantyEnd(), d.usefulLifeYears(),
                    d.responsibleStaffId(), d.parentId(), e.qrCode(), e.state(), e.stateSince(), e.outOfService(),
                    e.holds().stream().map(h -> new HoldView(h.id(), h.reason(), h.since())).toList(),
                    DowntimeView.of(e.openDowntime().orElse(null)), e.repairCost(),
                    ScrapRequestView.of(e.pendingScrapRequest().orElse(null)), e.registeredAt(), e.version());
        }
    }

    record PageView(List<EquipmentView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                    @Schema(example = "42") long total) {
    }

    record HistoryEntryView(Instant at, Equipment.HistoryEntry.Kind kind, EquipmentState from, EquipmentState to,
                            @Schema(example = "出水压力低，电机异响") String reason,
                            @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String workOrderId,
                            @Schema(example = "supervisor-0003") String actorId) {
    }

    record WorkOrderView(@Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String workOrderId,
                         @Schema(example = "WO-20261120-0031") String number,
                         @Schema(example = "REPAIR") String kind,
                         @Schema(example = "plumbing") String category,
                         @Schema(example = "2号生活水泵异响") String title,
                         Instant linkedAt, Instant resolvedAt,
                         @Schema(example = "更换机械密封，试运行正常") String result,
                         Instant closedAt,
                         @Schema(description = "What it charged, CNY; null when free or not closed", example = "380.00")
                         BigDecimal cost) {
    }

    /** Everything that happened to a piece of equipment, newest first. */
    record HistoryView(@Schema(example = "6f1e2d3c-0000-4000-8000-000000000001") String equipmentId,
                       @Schema(example = "PUMP-03-02") String code,
                       EquipmentState state,
                       @Schema(example = "1280.00") BigDecimal repairCost,
                       @Schema(example = "7") long version,
                       List<HistoryEntryView> entries,
                       List<DowntimeView> downtimes,
                       List<WorkOrderView> workOrders,
                       List<ScrapRequestView> scrapRequests) {

        static HistoryView of(Equipment e) {
            return new HistoryView(e.id(), e.details().code(), e.state(), e.repairCost(), e.version(),
                    e.history().reversed().stream().map(h -> new HistoryEntryView(h.at(), h.kind(), h.from(), h.to(),
                            h.reason(), h.workOrderId(), h.actorId())).toList(),
                    e.downtimes().reversed().stream().map(DowntimeView::of).toList(),
                    e.workOrders().stream().sorted(Comparator.comparing(Equipment.WorkOrderRecord::linkedAt).reversed())
                            .map(w -> new WorkOrderView(w.workOrderId(), w.number(), w.kind(), w.category(), w.title(),
                                    w.linkedAt(), w.resolvedAt(), w.result(), w.closedAt(), w.cost())).toList(),
                    e.scrapRequests().reversed().stream().map(ScrapRequestView::of).toList());
        }
    }
}
