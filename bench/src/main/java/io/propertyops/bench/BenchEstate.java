package io.propertyops.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo estate with many more owners: extra buildings in 翠湖花园, one owner per unit. It goes in through the
 * platform's own seeding path (PROPERTYOPS_DEMO_DATA, the file the launcher hands every service), so the owners
 * are real accounts with real units that log in the standard way; opening hundreds of accounts and approving their
 * unit bindings through the API first would take longer than the benchmark itself.
 */
final class BenchEstate {

    static final int UNITS_PER_BUILDING = 128;

    record Owner(String id, String username, String unitId) {
    }

    private final String communityId;
    private final List<Owner> owners;
    private final JsonNode estate;

    private BenchEstate(String communityId, List<Owner> owners, JsonNode estate) {
        this.communityId = communityId;
        this.owners = owners;
        this.estate = estate;
    }

    /** The demo estate plus {@code count} owners, each with a unit of their own. */
    static BenchEstate from(Path demoEstate, int count) throws IOException {
        ObjectNode estate = (ObjectNode) Api.JSON.readTree(Files.readString(demoEstate, StandardCharsets.UTF_8));
        ObjectNode community = (ObjectNode) estate.path("communities").get(0);
        String communityId = community.path("id").asString();
        ArrayNode buildings = (ArrayNode) community.path("buildings");
        ArrayNode people = (ArrayNode) estate.path("people");
        List<Owner> owners = new ArrayList<>();
        ArrayNode units = null;
        for (int i = 0; i < count; i++) {
            if (i % UNITS_PER_BUILDING == 0) {
                int number = i / UNITS_PER_BUILDING + 1;
                ObjectNode building = buildings.addObject();
                building.put("id", uuid("bench-building-" + number));
                building.put("name", "基准" + number + "号楼");
                building.put("floors", UNITS_PER_BUILDING / 4);
                units = building.putArray("units");
            }
            int inBuilding = i % UNITS_PER_BUILDING;
            int floor = inBuilding / 4 + 1;
            String unitId = uuid("bench-unit-" + i);
            ObjectNode unit = units.addObject();
            unit.put("id", unitId);
            unit.put("number", "B" + (i / UNITS_PER_BUILDING + 1) + "-1-" + floor + String.format("%02d", inBuilding % 4 + 1));
            unit.put("floor", floor);
            unit.put("areaSqm", 89.5);

            Owner owner = new Owner(uuid("bench-owner-" + i), String.format("137%08d", i), unitId);
            ObjectNode person = people.addObject();
            person.put("id", owner.id());
            person.put("username", owner.username());
            person.put("name", "基准业主" + i);
            person.put("phone", owner.username());
            person.putNull("email");
            person.putArray("roles").add("OWNER");
            person.putArray("communityIds").add(communityId);
            person.putArray("unitIds").add(unitId);
            owners.add(owner);
        }
        return new BenchEstate(communityId, List.copyOf(owners), estate);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(estate), StandardCharsets.UTF_8);
    }

    String communityId() {
        return communityId;
    }

    List<Owner> owners() {
        return owners;
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
