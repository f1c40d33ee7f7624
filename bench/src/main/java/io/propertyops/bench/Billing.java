package io.propertyops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 9 (issue 16): a bill run of 10,000 units. The units go in through facility-service's estate import (one
 * XLSX of {@code units} rows in new buildings of the bench community, through the gateway), and reach billing-service
 * as facility's {@code UnitChanged} events; finance then makes two fee items through the gateway — 物业服务费 by
 * building area and a fixed 垃圾清运费, each attached to the whole community — and the bench times the dry run
 * (answered at once) and the real run (accepted at once, then followed until DONE), the outbox emptied of its
 * {@code BillIssued}, and the same run started again, which posts nothing.
 */
final class Billing {

    private static final Logger log = LoggerFactory.getLogger(Billing.class);
    static final String DATABASE = "propertyops_billing";
    /** billing-service's default {@code propertyops.billing.bills.zone}: the month billed is this zone's. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int PER_BUILDING = 200;
    private static final int PER_FLOOR = 8;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MongoDatabase billing;
    private final String gateway;
    private final Clock clock;
    private final Throttled throttle = new Throttled();

    Billing(MongoDatabase billing, String gateway, Clock clock) {
        this.billing = billing;
        this.gateway = gateway;
        this.clock = clock;
    }

    Map<String, Object> run(String communityId, String manager, String finance, int units, Duration wait) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        MongoCollection<Document> billed = billing.getCollection("billed_units");
        long known = billed.countDocuments(Filters.eq("communityId", communityId));
        String stamp = Long.toString(clock.millis(), 36);

        byte[] sheet = sheet(stamp, units);
        long begin = System.nanoTime();
        Api.Response imported = throttle.send(() -> Api.send(HttpRequest.newBuilder(URI.create(gateway
                        + "/api/v1/communities/" + communityId + "/estate-imports?dryRun=false"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + manager)
                .header("Content-Type", XLSX).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sheet)).build()));
        if (imported.status() != 200) {
            throw new IllegalStateException("the estate import answered " + imported);
        }
        double importSeconds = (System.nanoTime() - begin) / 1e9;
        long expected = known + units;
        long count = known;
        long giveUp = System.nanoTime() + wait.toNanos();
        while ((count = billed.countDocuments(Filters.eq("communityId", communityId))) < expected && System.nanoTime() < giveUp) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        facts.put("units imported (XLSX KiB)", units + " (" + sheet.length / 1024 + ")");
        facts.put("estate import POST → 200 s", importSeconds);
        facts.put("import → every unit known to billing s (UnitChanged, polled every 0.5 s)",
                count >= expected ? (System.nanoTime() - begin) / 1e9 : "not within " + wait.toSeconds() + " s");
        facts.put("units billing knows in the community", count);

        String year = YearMonth.now(clock.withZone(ZONE)).getYear() + "-01-01";
        String period = YearMonth.now(clock.withZone(ZONE)).toString();
        String pm = created("/api/v1/fee-items", finance, item(communityId, "PROPERTY_MANAGEMENT", "物业服务费 " + stamp,
                year, "BUILDING_AREA", "2.35"));
        String garbage = created("/api/v1/fee-items", finance, item(communityId, "OTHER", "垃圾清运费 " + stamp,
                year, "FIXED", "15"));
        for (String item : new String[] {pm, garbage}) {
            created("/api/v1/fee-items/" + item + "/attachments", finance, """
                    {"target":{"kind":"COMMUNITY","id":"%s"},"startsOn":"%s"}""".formatted(communityId, year));
        }
        String run = """
                {"communityId":"%s","period":"%s","feeItemIds":["%s","%s"],"dryRun":%s}""";

        begin = System.nanoTime();
        Api.Response dry = throttle.send(() -> Api.post(gateway + "/api/v1/bill-runs", finance,
                run.formatted(communityId, period, pm, garbage, true)));
        double drySeconds = (System.nanoTime() - begin) / 1e9;
        if (dry.status() != 200) {
            throw new IllegalStateException("the dry run answered " + dry);
        }
        facts.put("period", period);
        facts.put("dry run: bills / lines / total", dry.json().path("bills").asLong() + " / "
                + dry.json().path("lines").asLong() + " / " + dry.text("total"));
        facts.put("dry run POST → 200 s", drySeconds);

        begin = System.nanoTime();
        Api.Response started = throttle.send(() -> Api.post(gateway + "/api/v1/bill-runs", finance,
                run.formatted(communityId, period, pm, garbage, false)));
        double acceptedSeconds = (System.nanoTime() - begin) / 1e9;
        if (started.status() != 202) {
            throw new IllegalStateException("the run answered " + started);
        }
        String runId = started.text("id");
        JsonNode done = awaitDone(runId, finance, 1, wait);
        double runSeconds = (System.nanoTime() - begin) / 1e9;
        MongoCollection<Document> ledgers = billing.getCollection("ledgers");
        double outboxSeconds = -1;
        long outboxGiveUp = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < outboxGiveUp) {
            if (ledgers.find(Filters.and(Filters.eq("communityId", communityId), Filters.regex("outboxMark", "^")))
                    .projection(Projections.include("_id")).limit(1).first() == null) {
                outboxSeconds = (System.nanoTime() - begin) / 1e9;
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        facts.put("run POST → 202 s", acceptedSeconds);
        facts.put("run: status / bills / lines posted / total", done == null ? "not DONE within " + wait.toSeconds() + " s"
                : done.path("status").asString() + " / " + done.path("bills").asLong() + " / "
                + done.path("postedLines").asLong() + " / " + done.path("total").asString());
        facts.put("run POST → DONE s (polled every 0.25 s)", done == null ? "not measured" : runSeconds);
        facts.put("bills per second", done == null ? "not measured" : done.path("bills").asLong() / runSeconds);
        facts.put("run POST → every BillIssued out of the outbox s (polled every 0.5 s)",
                outboxSeconds >= 0 ? outboxSeconds : "not measured");

        begin = System.nanoTime();
        Api.Response again = throttle.send(() -> Api.post(gateway + "/api/v1/bill-runs", finance,
                run.formatted(communityId, period, pm, garbage, false)));
        JsonNode twice = again.status() == 202 ? awaitDone(runId, finance, 2, wait) : null;
        facts.put("the same run again: lines posted / found posted", twice == null ? "answered " + again
                : twice.path("postedLines").asLong() + " / " + twice.path("existingLines").asLong());
        facts.put("the same run again POST → DONE s", twice == null ? "not measured" : (System.nanoTime() - begin) / 1e9);
        facts.put("requests rate-limited (429) and sent again", throttle.count());
        log.info("billing: {}", facts);
        return facts;
    }

    private JsonNode awaitDone(String runId, String token, int attempt, Duration wait) throws Exception {
        long giveUp = System.nanoTime() + wait.toNanos();
        long nextLog = 0;
        while (System.nanoTime() < giveUp) {
            Api.Response run = throttle.send(() -> Api.get(gateway + "/api/v1/bill-runs/" + runId, token));
            JsonNode body = run.json();
            if (run.status() == 200 && body.path("attempt").asInt() == attempt) {
                String status = body.path("status").asString();
                if (status.equals("DONE") || status.equals("FAILED")) {
                    return body;
                }
                if (System.nanoTime() >= nextLog) {
                    log.info("billing: run {} {}: {}/{} bills", runId, status, body.path("bills").asLong(),
                            body.path("planned").asLong());
                    nextLog = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return null;
    }

    /** A unit list of {@code units} rows in new buildings (账单1号楼 …), 200 units each, 8 a floor. */
    static byte[] sheet(String stamp, int units) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("房屋");
            String[] header = {"楼栋", "单元", "楼层", "房号", "类型", "状态", "建筑面积", "套内面积"};
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < units; i++) {
                int inBuilding = i % PER_BUILDING;
                int floor = inBuilding / PER_FLOOR + 1;
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("账单" + stamp + "-" + (i / PER_BUILDING + 1) + "号楼");
                row.createCell(1).setCellValue("1");
                row.createCell(2).setCellValue(floor);
                row.createCell(3).setCellValue(String.valueOf(floor * 100 + inBuilding % PER_FLOOR + 1));
                row.createCell(4).setCellValue("RESIDENTIAL");
                row.createCell(5).setCellValue("OCCUPIED");
                row.createCell(6).setCellValue(60 + (i % 100) / 10.0);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static String item(String communityId, String kind, String name, String from, String formula, String price) {
        return """
                {"communityId":"%s","kind":"%s","name":"%s","standard":{"effectiveFrom":"%s","formula":"%s","price":"%s",
                 "cycle":"MONTHLY","mode":"PREPAID","dueRule":{"kind":"DAY_OF_MONTH","days":15}}}"""
                .formatted(communityId, kind, name, from, formula, price);
    }

    private String created(String path, String token, String json) throws Exception {
        return throttle.created(gateway + path, token, json);
    }
}
