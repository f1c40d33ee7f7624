package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitImport;
import io.propertyops.facility.estate.domain.UnitSheet;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports a community's unit list (the spreadsheet property companies keep): a dry run says what every row would
 * do and every row's problems, writing nothing; a real import with any problem writes nothing either, and one
 * without creates its buildings and units in one go — the units in bulk, each with its {@code UnitChanged}, then
 * the community once, with one structure event — and only then hands the units' events to the relay, whose
 * thousands of small writes would otherwise slow the import's own (on the embedded store 10,000 units took some
 * 14 s with the relay at work beside them, 4–5 s without). Importing the
 * same list again finds every unit as it is and writes nothing.
 */
@Service
public class EstateImports {

    private final Estate estate;
    private final EstateStructure structure;
    private final Clock clock;

    EstateImports(Estate estate, EstateStructure structure, Clock clock) {
        this.estate = estate;
        this.structure = structure;
        this.clock = clock;
    }

    /**
     * What an import did or would do.
     *
     * @param written          whether anything was written (false for a dry run, and when every unit was there)
     * @param buildingsCreated the buildings this import created
     * @param unitsCreated     the units this import created
     */
    public record Outcome(UnitImport.Plan plan, boolean dryRun, boolean written, int buildingsCreated,
                          int unitsCreated) {
    }

    /** The import has problems: nothing was written. */
    public static class ImportHasProblems extends RuntimeException {

        private final transient UnitImport.Plan plan;

        public ImportHasProblems(UnitImport.Plan plan) {
            super(plan.problems().size() + " problems in " + plan.rows() + " rows; nothing was imported");
            this.plan = plan;
        }

        public UnitImport.Plan plan() {
            return plan;
        }
    }

    /**
     * Checks the rows against one of the caller's communities and, unless it is a dry run, imports them.
     *
     * @throws ImportHasProblems when it is not a dry run and a row has a problem; nothing was written
     */
    public Outcome run(Caller caller, String communityId, List<UnitSheet.Row> rows, boolean dryRun) {
        Community community = structure.community(caller, communityId);
        UnitImport.Plan plan = UnitImport.plan(rows, community, estate.units(communityId));
        if (dryRun) {
            return new Outcome(plan, true, false, 0, 0);
        }
        if (plan.hasProblems()) {
            throw new ImportHasProblems(plan);
        }
        if (plan.newUnits().isEmpty()) {
            return new Outcome(plan, false, false, 0, 0);
        }
        Map<String, String> buildingIds = new HashMap<>();
        Map<String, Integer> floors = new HashMap<>();
        community.buildings().forEach(building -> buildingIds.put(building.name(), building.id()));
        for (String name : plan.newBuildings()) {
            // the same id for the same name: two imports of one list at once make one building, not two
            buildingIds.put(name, NewIds.named(communityId, "building", name));
        }
        List<Unit> units = new ArrayList<>(plan.newUnits().size());
        List<io.propertyops.events.facility.UnitChanged> events = new ArrayList<>(plan.newUnits().size());
        for (UnitImport.NewUnit row : plan.newUnits()) {
            Unit unit = Unit.create(UUID.randomUUID().toString(), communityId, buildingIds.get(row.buildingName()),
                    row.details());
            units.add(unit);
            events.add(unit.changed(UUID.randomUUID().toString(), clock.instant()));
            floors.merge(row.buildingName(), Math.max(1, row.details().floor()), Math::max);
        }
        List<Unit> inserted = estate.insertUnits(units, events);
        int[] buildingsCreated = {0};
        structure.change(communityId, null, stored -> {
            Community next = stored;
            buildingsCreated[0] = 0;
            for (String name : plan.newBuildings()) {
                String id = buildingIds.get(name);
                if (next.building(id).isEmpty()) {
                    next = next.withBuilding(id, name, floors.get(name));
                    buildingsCreated[0]++;
                }
            }
            return next;
        });
        estate.publishUnits(inserted.stream().map(Unit::id).toList());
        return new Outcome(plan, false, true, buildingsCreated[0], inserted.size());
    }
}
