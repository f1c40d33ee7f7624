package io.propertyops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 8 (issue 15): a month of plan tasks for 100 plans in each of 50 communities, and a burst of device readings.
 *
 * <p>Plans: one inspection route and three template plans (maintenance of a piece of equipment, inspection on the
 * route, cleaning of a place) are made through the gateway by the property manager, effective so far ahead that the
 * generator leaves them alone; their documents are then cloned straight into facility-service's MongoDB — per
 * community 40 maintenance, 30 inspection (on the community's copy of the route) and 30 cleaning plans, daily, a
 * 30-day lead time — effective today and marked due at once, as facility-service writes a plan whose next generate-at
 * has come. Creating 5,000 plans through the API first would measure the API, not the generator. The bench then
 * watches the store: the tasks (and the inspection plans' rounds) written, every task's MaintenanceTaskDue gone from
 * the outbox, and ticket-service's PREVENTIVE_MAINTENANCE work orders opened.
 *
 * <p>Devices: a gateway, meters and one device per meter registered through the gateway; then one signed batch of
 * readings (at most 10,000 items a batch), the same batch again (a replay), the same readings under a new batch id
 * (all duplicates), and a batch of alarms.
 */
final class Facility {

    private static final Logger log = LoggerFactory.getLogger(Facility.class);
    static final String DATABASE = "propertyops_facility";
    /** facility-service's default {@code propertyops.facility.plans.zone}, whose calendar days plans fall on. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime WINDOW_START = LocalTime.of(9, 0);
    private static final Duration WINDOW = Duration.ofHours(4);
    private static final Duration LEAD = Duration.ofDays(30);
    /** facility-service's defaults: {@code horizon} and {@code catchUp}. */
    private static final Duration HORIZON = Duration.ofDays(62);
    private static final Duration CATCH_UP = Duration.ofDays(2);
    private static final int PLANS = 100;
    private static final int MAINTENANCE = 40;
    private static final int INSPECTION = 30;
    private static final int POINTS = 5;
    private static final int BATCH = 1_000;
    private static final String CHECK = """
            [{"id":"check","label":"外观检查","type":"PASS_FAIL","faultType":"general.fault"}]""";

    private final MongoDatabase facility;
    private final MongoDatabase tickets;
    private final String gateway;
    private final String facilityManagement;
    private final Clock clock;
    private final Throttled throttle = new Throttled();

    Facility(MongoDatabase facility, MongoDatabase tickets, String gateway, String facilityManagement, Clock clock) {
        this.facility = facility;
        this.tickets = tickets;
        this.gateway = gateway;
        this.facilityManagement = facilityManagement;
        this.clock = clock;
    }

    /** Requests rate-limited by the gateway (429) and sent again. */
    long throttled() {
        return throttle.count();
    }

    /** Templates through the API, {@code communities} × 100 clones in the store, then the generator watched. */
    Map<String, Object> plans(String communityId, String token, String technicianId, String supervisorId,
                              int communities, Duration wait) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate later = today.plusDays(HORIZON.toDays() + LEAD.toDays()); // its first generate-at is weeks away
        String routeId = created("/api/v1/inspection-routes", token, route(communityId));
        Map<String, String> templateIds = new LinkedHashMap<>();
        templateIds.put("MAINTENANCE", created("/api/v1/plans", token, plan(communityId, "MAINTENANCE", """
                {"equipmentId":"bench-equipment","location":{"kind":"COMMON_AREA","id":"bench-area"},"locationName":"设备房"}""",
                technicianId, supervisorId, CHECK, later)));
        templateIds.put("INSPECTION", created("/api/v1/plans", token, plan(communityId, "INSPECTION",
                "{\"routeId\":\"" + routeId + "\"}", technicianId, supervisorId, "null", later)));
        templateIds.put("CLEANING", created("/api/v1/plans", token, plan(communityId, "CLEANING", """
                {"location":{"kind":"COMMON_AREA","id":"bench-lobby"},"locationName":"大堂"}""",
                technicianId, supervisorId, CHECK, later)));

        MongoCollection<Document> plans = facility.getCollection("plans");
        MongoCollection<Document> routes = facility.getCollection("inspection_routes");
        MongoCollection<Document> tasks = facility.getCollection("plan_tasks");
        MongoCollection<Document> rounds = facility.getCollection("rounds");
        MongoCollection<Document> workOrders = tickets.getCollection("work_orders");
        Document routeTemplate = found(routes, routeId);
        Map<String, Document> templates = new LinkedHashMap<>();
        templateIds.forEach((kind, id) -> templates.put(kind, found(plans, id)));

        Instant dueAt = WINDOW_START.atDate(today).atZone(ZONE).toInstant().minus(LEAD);
        long tasksBefore = tasks.estimatedDocumentCount();
        long roundsBefore = rounds.estimatedDocumentCount();
        long workOrdersBefore = workOrders.countDocuments(Filters.eq("kind", "PREVENTIVE_MAINTENANCE"));
        Generator ticksBefore = Generator.read(facilityManagement);

        long begin = System.nanoTime();
        List<Document> routeCopies = new ArrayList<>();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int c = 0; c < communities; c++) {
            String community = "bench-community-" + c;
            String route = "bench-route-" + c;
            routeCopies.add(new Document(routeTemplate).append("_id", route).append("communityId", community));
            for (int p = 0; p < PLANS; p++) {
                String kind = p < MAINTENANCE ? "MAINTENANCE" : p < MAINTENANCE + INSPECTION ? "INSPECTION" : "CLEANING";
                Document copy = new Document(templates.get(kind));
                String id = "bench-plan-" + c + "-" + p;
                Document target = new Document((Document) copy.get("target"));
                if (kind.equals("INSPECTION")) {
                    target.put("routeId", route);
                } else if (kind.equals("MAINTENANCE")) {
                    target.put("equipmentId", "bench-equipment-" + c + "-" + p);
                }
                copy.put("_id", id);
                copy.put("communityId", community);
                copy.put("name", copy.getString("name") + " " + c + "-" + p);
                copy.put("target", target);
                copy.put("effectiveFrom", today.toString());
                copy.put("generatedThrough", null);
                copy.put("nextGenerateAt", Date.from(dueAt));
                copy.put("generateMark", "%013d/%s".formatted(dueAt.toEpochMilli(), id)); // DueMarks.of("", at, id)
                batch.add(copy);
                if (batch.size() == BATCH) {
                    plans.insertMany(batch, new InsertManyOptions().ordered(false));
                    batch.clear();
                }
            }
        }
        routes.insertMany(routeCopies, new InsertManyOptions().ordered(false));
        if (!batch.isEmpty()) {
            plans.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        long inserted = System.nanoTime();
        Instant at = clock.instant();
        long perPlan = occurrences(today, at);
        long expectedTasks = perPlan * PLANS * communities;
        long expectedRounds = perPlan * INSPECTION * communities;
        long expectedWorkOrders = perPlan * MAINTENANCE * communities;
        facts.put("communities", communities);
        facts.put("plans (40 maintenance, 30 inspection on a 5-point route, 30 cleaning each)", (long) PLANS * communities);
        facts.put("occurrences per plan due at once (today + 30-day lead, daily)", perPlan);
        facts.put("cloning the plans and routes into the store s", (inserted - begin) / 1e9);
        log.info("facility: {} plans in {} communities inserted; expecting {} tasks, {} rounds, {} work orders",
                PLANS * communities, communities, expectedTasks, expectedRounds, expectedWorkOrders);

        long giveUp = inserted + wait.toNanos();
        double tasksSeconds = -1;
        double roundsSeconds = -1;
        double outboxSeconds = -1;
        double workOrdersSeconds = -1;
        long taskCount = 0;
        long roundCount = 0;
        long workOrderCount = 0;
        long nextWorkOrderCount = 0;
        long nextLog = 0;
        boolean outboxEmpty = false;
        while (System.nanoTime() < giveUp) {
            long now = System.nanoTime();
            double seconds = (now - inserted) / 1e9;
            if (tasksSeconds < 0 && (taskCount = tasks.estimatedDocumentCount() - tasksBefore) >= expectedTasks) {
                tasksSeconds = seconds;
            }
            if (roundsSeconds < 0 && (roundCount = rounds.estimatedDocumentCount() - roundsBefore) >= expectedRounds) {
                roundsSeconds = seconds;
            }
            if (tasksSeconds >= 0 && outboxSeconds < 0
                    && tasks.find(Filters.regex("outboxMark", "^")).projection(Projections.include("_id")).limit(1).first() == null) {
                outboxSeconds = seconds;
                outboxEmpty = true;
            }
            if (workOrdersSeconds < 0 && now >= nextWorkOrderCount) { // a scan of work_orders: every 5 s
                workOrderCount = workOrders.countDocuments(Filters.eq("kind", "PREVENTIVE_MAINTENANCE")) - workOrdersBefore;
                if (workOrderCount >= expectedWorkOrders) {
                    workOrdersSeconds = (System.nanoTime() - inserted) / 1e9;
                }
                nextWorkOrderCount = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            if (tasksSeconds >= 0 && roundsSeconds >= 0 && outboxSeconds >= 0 && workOrdersSeconds >= 0) {
                break;
            }
            if (now >= nextLog) {
                log.info("facility after {} s: {}/{} tasks, {}/{} rounds, outbox {}, {}/{} work orders", (long) seconds,
                        taskCount, expectedTasks, roundCount, expectedRounds, outboxSeconds >= 0 ? "empty" : "not empty",
                        workOrderCount, expectedWorkOrders);
                nextLog = now + Duration.ofSeconds(15).toNanos();
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        Generator ticks = Generator.read(facilityManagement).since(ticksBefore);
        facts.put("tasks written", taskCount);
        facts.put("rounds opened", roundCount);
        facts.put("inserted → every task written s", seconds(tasksSeconds, wait));
        facts.put("inserted → every round opened s", seconds(roundsSeconds, wait));
        facts.put("tasks written per second", tasksSeconds > 0 ? taskCount / tasksSeconds : "not measured");
        facts.put("maintenance tasks (a MaintenanceTaskDue each)", expectedWorkOrders);
        facts.put("inserted → every MaintenanceTaskDue out of the outbox s", seconds(outboxSeconds, wait));
        if (outboxEmpty) {
            facts.put("tasks still holding pendingEvents.0 (check after)",
                    tasks.countDocuments(Filters.exists("pendingEvents.0")));
        }
        facts.put("PREVENTIVE_MAINTENANCE work orders opened", workOrderCount);
        facts.put("inserted → every PM work order opened s (polled every 5 s)", seconds(workOrdersSeconds, wait));
        facts.put("generator ticks meanwhile", (long) ticks.count());
        facts.put("generator: longest tick (last 2 min) s", ticks.maxSeconds());
        facts.put("generator: seconds in ticks meanwhile", ticks.seconds());

        // a tick with nothing due, over 5,000 marked plans: what every tick costs from now on
        Generator idleBefore = Generator.read(facilityManagement);
        long idleUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Generator idle = idleBefore.since(idleBefore);
        while (idle.count() < 3 && System.nanoTime() < idleUntil) {
            TimeUnit.SECONDS.sleep(1);
            idle = Generator.read(facilityManagement).since(idleBefore);
        }
        facts.put("ticks with nothing due: count", (long) idle.count());
        facts.put("ticks with nothing due: mean ms", idle.count() == 0 ? 0 : idle.seconds() / idle.count() * 1000);
        log.info("facility plans: {}", facts);
        return facts;
    }

    /** The device part: a gateway, {@code meters} meters each behind a device, a burst of readings, alarms. */
    Map<String, Object> devices(String communityId, String token, int meters, int readings, int alarms) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        Api.Response registered = throttle.send(() -> Api.post(gateway + "/api/v1/device-gateways", token,
                "{\"communityId\":\"" + communityId + "\",\"name\":\"基准网关\"}"));
        if (registered.status() != 201) {
            throw new IllegalStateException("registering the device gateway answered " + registered);
        }
        String gatewayId = registered.text("id");
        String secret = registered.text("secret");
        Instant now = clock.instant();
        int perMeter = (readings + meters - 1) / meters;
        for (int i = 0; i < meters; i++) {
            int m = i;
            String meter = created("/api/v1/meters", token, """
                    {"communityId":"%s","kind":"WATER","serial":"BENCH-IOT-%d","location":{"kind":"UNIT","id":"bench-iot-u%d"},
                     "initialValues":{"TOTAL":0},"installedAt":"%s"}""".formatted(communityId, m, m,
                    now.minus(Duration.ofMinutes(perMeter + 60))));
            String device = """
                    {"name":"远传水表 %d","location":{"kind":"UNIT","id":"bench-iot-u%d"},"meterId":"%s","category":"plumbing"}"""
                    .formatted(m, m, meter);
            Api.Response put = throttle.send(() -> Api.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/device-gateways/"
                            + gatewayId + "/devices/meter-" + m)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(device)).build()));
            if (put.status() != 200) {
                throw new IllegalStateException("registering device meter-" + m + " answered " + put);
            }
        }
        StringBuilder items = new StringBuilder();
        int sent = 0;
        for (int m = 0; m < meters && sent < readings; m++) {
            for (int k = 0; k < perMeter && sent < readings; k++, sent++) {
                items.append(items.isEmpty() ? "" : ",").append("{\"deviceId\":\"meter-").append(m).append("\",\"at\":\"")
                        .append(now.minus(Duration.ofMinutes(perMeter - k))).append("\",\"value\":").append(k + 1).append(".5}");
            }
        }
        String body = "{\"batchId\":\"bench-burst-1\",\"readings\":[" + items + "]}";
        MongoCollection<Document> stored = facility.getCollection("meter_readings");
        long storedBefore = stored.estimatedDocumentCount();
        facts.put("meters (one device each)", meters);
        facts.put("readings in the batch", sent);
        facts.put("batch size KiB", body.length() / 1024);

        long begin = System.nanoTime();
        Api.Response accepted = signed(gatewayId, secret, body);
        double answered = (System.nanoTime() - begin) / 1e9;
        if (accepted.status() != 200) {
            throw new IllegalStateException("the batch of readings answered " + accepted);
        }
        long count = 0;
        long giveUp = begin + Duration.ofSeconds(120).toNanos();
        while ((count = stored.estimatedDocumentCount() - storedBefore) < sent && System.nanoTime() < giveUp) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        double storedSeconds = (System.nanoTime() - begin) / 1e9;
        facts.put("POST → 200 s", answered);
        facts.put("readings counted (answer)", accepted.json().path("readingsCounted").asLong());
        facts.put("readings held (answer)", accepted.json().path("readingsHeld").asLong());
        facts.put("readings refused (answer)", (long) accepted.json().path("refusedReadings").size());
        facts.put("readings stored", count);
        facts.put("POST → every reading stored s", count >= sent ? storedSeconds : "not within 120 s");
        facts.put("readings per second (to the answer)", sent / answered);

        begin = System.nanoTime();
        Api.Response replay = signed(gatewayId, secret, body);
        facts.put("the same batch again (replay): answer", replay.status() + " " + replay.json().path("code").asString(""));
        facts.put("the same batch again: answered in s", (System.nanoTime() - begin) / 1e9);

        begin = System.nanoTime();
        Api.Response again = signed(gatewayId, secret, body.replace("bench-burst-1", "bench-burst-2"));
        facts.put("the same readings as a new batch: answered in s", (System.nanoTime() - begin) / 1e9);
        facts.put("the same readings as a new batch: status", again.status());
        facts.put("the same readings as a new batch: duplicates", again.status() == 200
                ? again.json().path("readingsDuplicate").asLong() : -1L);
        facts.put("readings stored after both", stored.estimatedDocumentCount() - storedBefore);

        if (alarms > 0) {
            StringBuilder raised = new StringBuilder();
            for (int a = 0; a < alarms; a++) {
                raised.append(raised.isEmpty() ? "" : ",").append("{\"deviceId\":\"meter-").append(a % meters)
                        .append("\",\"alarmType\":\"leak-").append(a / meters).append("\",\"state\":\"RAISED\",\"at\":\"")
                        .append(now.minusSeconds(30)).append("\",\"value\":\"0.12 MPa\"}");
            }
            MongoCollection<Document> workOrders = tickets.getCollection("work_orders");
            long findingOrdersBefore = workOrders.countDocuments(Filters.eq("kind", "INSPECTION_FINDING"));
            begin = System.nanoTime();
            Api.Response alarmed = signed(gatewayId, secret, "{\"batchId\":\"bench-alarms-1\",\"alarms\":[" + raised + "]}");
            facts.put("alarms in a batch of their own", alarms);
            facts.put("alarms: POST → 200 s", (System.nanoTime() - begin) / 1e9);
            facts.put("alarms: findings raised (answer)", alarmed.status() == 200
                    ? alarmed.json().path("findingsRaised").asLong() : -1L);
            long opened = 0;
            long until = begin + Duration.ofSeconds(120).toNanos();
            while ((opened = workOrders.countDocuments(Filters.eq("kind", "INSPECTION_FINDING")) - findingOrdersBefore) < alarms
                    && System.nanoTime() < until) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
            facts.put("alarms: INSPECTION_FINDING work orders opened", opened);
            facts.put("alarms: POST → every work order opened s", opened >= alarms
                    ? (System.nanoTime() - begin) / 1e9 : "not within 120 s");
        }
        facts.put("requests rate-limited (429) and sent again", throttle.count());
        log.info("facility devices: {}", facts);
        return facts;
    }

    private Api.Response signed(String gatewayId, String secret, String body) throws Exception {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes));
        return Api.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/device-intake/" + gatewayId + "/batches"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-Device-Timestamp", timestamp)
                .header("X-Device-Signature", signature).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** How many daily occurrences from {@code today} a plan generates at {@code now} (PlanGenerator's rule). */
    static long occurrences(LocalDate today, Instant now) {
        long count = 0;
        Instant lastDay = now.plus(HORIZON);
        for (LocalDate date = today; !WINDOW_START.atDate(date).atZone(ZONE).toInstant().isAfter(lastDay); date = date.plusDays(1)) {
            Instant opens = WINDOW_START.atDate(date).atZone(ZONE).toInstant();
            if (!opens.minus(LEAD).isAfter(now) && !opens.plus(WINDOW).isBefore(now.minus(CATCH_UP))) {
                count++;
            }
        }
        return count;
    }

    private static Object seconds(double seconds, Duration wait) {
        return seconds >= 0 ? seconds : "not within " + wait.toSeconds() + " s";
    }

    private String created(String path, String token, String json) throws Exception {
        return throttle.created(gateway + path, token, json);
    }

    private static Document found(MongoCollection<Document> collection, String id) {
        Document document = collection.find(Filters.eq("_id", id)).first();
        if (document == null) {
            throw new IllegalStateException(id + " is not in " + collection.getNamespace());
        }
        return document;
    }

    private static String route(String communityId) {
        StringBuilder points = new StringBuilder();
        for (int p = 0; p < POINTS; p++) {
            points.append(p == 0 ? "" : ",").append("""
                    {"id":"p%d","name":"点 %d","location":{"kind":"COMMON_AREA","id":"bench-area-%d"},"locationName":"设备房",
                     "tag":"bench-tag-%d","checklist":%s}""".formatted(p, p, p, p, CHECK));
        }
        return """
                {"communityId":"%s","name":"基准设备房日检","category":"plumbing","window":"PT1H","points":[%s]}"""
                .formatted(communityId, points);
    }

    private static String plan(String communityId, String kind, String target, String technicianId, String supervisorId,
                               String checklist, LocalDate effectiveFrom) {
        return """
                {"communityId":"%s","name":"基准%s计划","kind":"%s","target":%s,"category":"plumbing",
                 "schedule":{"frequency":"DAILY"},"window":{"start":"09:00","duration":"PT4H"},"leadTime":"P30D",
                 "assigneeIds":["%s"],"supervisorId":"%s","checklist":%s,"effectiveFrom":"%s"}"""
                .formatted(communityId, kind, kind, target, technicianId, supervisorId, checklist, effectiveFrom);
    }

    /** facility-service's plan-generator timer, from its Prometheus endpoint. */
    record Generator(double count, double seconds, double maxSeconds) {

        static Generator read(String management) throws Exception {
            double count = 0;
            double seconds = 0;
            double max = 0;
            for (String line : Api.text(management + "/actuator/prometheus").body().lines().toList()) {
                if (line.startsWith("propertyops_facility_plans_generate_seconds_count")) {
                    count = value(line);
                } else if (line.startsWith("propertyops_facility_plans_generate_seconds_sum")) {
                    seconds = value(line);
                } else if (line.startsWith("propertyops_facility_plans_generate_seconds_max")) {
                    max = value(line);
                }
            }
            return new Generator(count, seconds, max);
        }

        Generator since(Generator before) {
            return new Generator(count - before.count, seconds - before.seconds, maxSeconds);
        }

        private static double value(String line) {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
    }
}
