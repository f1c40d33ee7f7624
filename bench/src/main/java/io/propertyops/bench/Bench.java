package io.propertyops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.propertyops.local.JvmProfile;
import io.propertyops.local.LocalPlatform;
import io.propertyops.local.PortPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs every scenario once and writes the report ({@code bench/run}). Settings are system properties:
 * {@code bench.attach=true} uses a platform already running on the default ports instead of starting one,
 * {@code bench.profile} (the JVM options the platform runs with, default {@code production}; see {@link JvmProfile}),
 * {@code bench.ready} (seconds each start step may take, default 300), {@code bench.step} (seconds per load step,
 * default 15), {@code bench.warmup} / {@code bench.warmup.next} (seconds
 * of discarded load before the first path and before each further one, default 60 / 20), {@code bench.loop}
 * (seconds of the whole loop, default 20), {@code bench.owners} (default 256), {@code bench.scenarios} (any of
 * {@code store,overdue,intake,loop,fanout,portal,facility,billing}, default all), {@code bench.store.sizes} (default 1000,100000) and
 * {@code bench.store.case} (seconds per store operation, default 10), {@code bench.previous} (the JSON report to show
 * beside this one, default the newest in the reports directory) and {@code bench.reports} (that directory); for a
 * quick try of the harness itself, {@code bench.open.small} / {@code bench.open.large} (open work orders, default
 * 10,000 / 100,000) and {@code bench.residents} (default 50,000).
 */
public final class Bench {

    private static final Logger log = LoggerFactory.getLogger(Bench.class);
    private static final List<Integer> CONCURRENCY = List.of(1, 16, 64);
    private static final int PROBES = 2;
    private static final String TICKET = "ticket-service";

    private final Clock clock;
    private final Path repo;
    private final Duration step;
    private final Duration warmUpFirst;
    private final Duration warmUpNext;
    private final int ownerCount;
    private final Set<String> scenarios;
    private final JvmProfile profile;
    private final Path reports;
    private final Report report;
    private final Cpu cpu = Cpu.ofThisMachine();
    private final List<Accounted> accounted = new ArrayList<>();
    private Map<String, ProcessHandle> processes = Map.of();

    /** What the processes used during one scenario or load step, and how much work it did. */
    record Accounted(String scenario, Cpu.Usage usage, long units, String unit) {
    }

    private Bench(Clock clock, Path repo) {
        this.clock = clock;
        this.repo = repo;
        this.step = Duration.ofSeconds(Long.getLong("bench.step", 15));
        this.warmUpFirst = Duration.ofSeconds(Long.getLong("bench.warmup", 60));
        this.warmUpNext = Duration.ofSeconds(Long.getLong("bench.warmup.next", 20));
        this.ownerCount = Integer.getInteger("bench.owners", 256);
        this.scenarios = Set.of(System.getProperty("bench.scenarios", "store,overdue,intake,loop,fanout,portal,facility,billing").split(","));
        this.profile = JvmProfile.valueOf(System.getProperty("bench.profile", "production").toUpperCase(Locale.ROOT));
        this.reports = Path.of(System.getProperty("bench.reports", repo.resolve("bench/reports").toString()));
        this.report = new Report("PropertyOps benchmark");
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        Path repo = LocalPlatform.defaultRepoRoot();
        new Bench(clock, repo).run(Boolean.getBoolean("bench.attach"));
    }

    private void run(boolean attach) throws Exception {
        String started = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC).format(clock.instant());
        report.context("run", started).context("commit", System.getProperty("bench.commit", "unknown"));
        Footprint.machine().forEach(report::context);
        report.context("load average at the start", Footprint.loadAverage());
        String previousFile = System.getProperty("bench.previous", "");
        (previousFile.isBlank() ? Previous.newestIn(reports) : Optional.of(Previous.of(Path.of(previousFile))))
                .ifPresent(report::previous);
        report.context("scenarios", String.join(",", new TreeSet<>(scenarios)));
        report.context("warm-up (discarded)", warmUpFirst.toSeconds() + " s of load before the first path (intake via the "
                + "gateway at c16), " + warmUpNext.toSeconds() + " s before each further one (straight intake, the trivial "
                + "read, the whole loop), one discarded round before the first overdue measurement, and the first half of "
                + "each store operation's time; on two cores C2 compiles for tens of seconds");
        report.context("clock tick (getconf CLK_TCK)", cpu.ticksPerSecond());

        BenchEstate estate = BenchEstate.from(repo.resolve("deploy/local/demo/estate.json"), ownerCount);
        Path dataDir = repo.resolve("bench/target/platform");
        LocalPlatform local = null;
        try {
            Platform platform;
            if (attach) {
                platform = Platform.running(System.getenv().getOrDefault("PROPERTYOPS_DEMO_PASSWORD", "propertyops-demo"));
                report.note("Attached to a platform already running on the default ports; start-up was not measured.");
            } else {
                deleteTree(dataDir);
                estate.write(dataDir.resolve("estate.json"));
                local = LocalPlatform.builder().repoRoot(repo).dataDir(dataDir).ports(PortPlan.randomFree())
                        .jvmProfile(profile)
                        .env("PROPERTYOPS_DEMO_DATA", dataDir.resolve("estate.json").toString())
                        .env("SPRING_PROFILES_ACTIVE", profile == JvmProfile.PRODUCTION ? "production" : "default")
                        .env("PROPERTYOPS_FACILITY_PLANS_INTERVAL", scenarios.contains("facility") ? facilityInterval() : "PT1M")
                        .readyTimeout(Duration.ofSeconds(Long.getLong("bench.ready", 300))).clock(clock).build();
                report.context("JVM profile", profile + ": services " + String.join(" ", profile.service()) + "; Kafka "
                        + String.join(" ", profile.kafka()) + "; MongoDB " + String.join(" ", profile.store())
                        + (profile == JvmProfile.PRODUCTION ? "; services with SPRING_PROFILES_ACTIVE=production" : ""));
                boolean archives = cdsArchives();
                Cpu.Sample beforeStart = sample();
                long begin = System.nanoTime();
                local.start();
                double seconds = (System.nanoTime() - begin) / 1e9;
                platform = Platform.of(local);
                processes = Footprint.platformProcesses();
                Map<String, Double> nothingYet = new LinkedHashMap<>();
                processes.keySet().forEach(part -> nothingYet.put(part, 0.0));
                account("7. start-up (each process from its launch until all are healthy)", new Cpu.Sample(nothingYet,
                        beforeStart.bench(), beforeStart.loadAverage(), beforeStart.nanos()), 0, "");
                Map<String, Object> startup = new LinkedHashMap<>();
                startup.put("launch → every process healthy s", seconds);
                startup.put("class-data-sharing archives present", archives ? "yes" : "no (first start after a build)");
                Footprint.residentMemory().forEach((part, mib) -> startup.put("RSS after start, MiB: " + part, mib));
                startup.put("RSS after start, MiB: total", Footprint.residentMemory().values().stream().mapToLong(Long::longValue).sum());
                report.facts("7. Start-up and footprint",
                        "The platform started by the launcher `./run` uses (LocalPlatform: a KRaft broker, mongo-java-server on "
                                + "an H2 file, six services and the gateway, each its own JVM) with the " + profile + " JVM profile "
                                + "(see the context above; `./run` itself starts with the quick DEVELOPMENT one, so this is not "
                                + "the ≤ 45 s start-up target), on free ports and a fresh data directory, seeded with the bench "
                                + "estate.", startup);
            }
            scenarios(platform, estate);
            if (local != null) {
                Map<String, Object> after = new LinkedHashMap<>();
                Footprint.residentMemory().forEach((part, mib) -> after.put("RSS after every scenario, MiB: " + part, mib));
                after.put("RSS after every scenario, MiB: total", after.values().stream().mapToLong(v -> (Long) v).sum());
                report.facts("7b. Footprint after the run", "", after);
            }
        } catch (Exception | Error e) {
            report.note("The run ended early: " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("") + " (the log of the run has the rest).");
            throw e;
        } finally {
            cpuReport(attach);
            report.context("load average at the end", Footprint.loadAverage());
            report.note("Tool: a small harness — the JDK HttpClient on virtual threads, HdrHistogram 2.2.2 — rather than "
                    + "Gatling: it runs in one JVM with the launcher (LocalPlatform) and the PKCE login of the end-to-end "
                    + "tests, reads ticket-service's metrics, MongoDB and Kafka for scenarios 3, 5 and 6, and needs no "
                    + "plugin or runtime beyond what the build has. Load is closed-loop (each virtual user waits for its "
                    + "answer), so latencies are those at that concurrency, not under an open arrival rate.");
            report.note("The platform runs on the embedded defaults: mongo-java-server serves a query from an index only "
                    + "when the query's fields equal a unique index's (VERSIONS.md), so anything else scans its collection "
                    + "(section 0 shows what that costs); its H2 page cache is a quarter of its heap.");
            if (profile == JvmProfile.PRODUCTION) {
                report.note("JVM options: the PRODUCTION profile of deploy/local's JvmProfile, the full tiered JIT. Parallel "
                        + "GC rather than G1 (what the JVM picks by itself on two CPUs): on two cores shared by nine JVMs the "
                        + "collector that spends least CPU outside its pauses — no concurrent marking or refinement threads, "
                        + "the cheapest write barrier — suits a bench that counts CPU per work order, and a young collection "
                        + "of a 512 MB heap takes a few milliseconds. Heaps are fixed (-Xms = -Xmx) so none resizes under load.");
            }
            report.note("CPU: user + system time of each process from /proc/<pid>/stat (divided by the clock tick) before "
                    + "and after each scenario or load step; the bench's own JVM — the load generator, and the Kafka and "
                    + "MongoDB clients of scenarios 0, 5 and 6 — is counted apart and not in the platform's total. The "
                    + "load generator runs on the same two cores, so its CPU is CPU the platform did not get.");
            report.note("The machine may be shared with other work (other developers' builds and tests): see the load "
                    + "averages at the start and end of each scenario; figures are lower than on an idle machine.");
            Path base = reports.resolve(started.replace(":", "") + "-" + System.getProperty("bench.commit", "unknown"));
            report.write(base);
            log.info("report: {}.md and .json", base);
            if (local != null) {
                local.close();
            }
        }
    }

    private void scenarios(Platform platform, BenchEstate estate) throws Exception {
        Logins logins = new Logins(platform);
        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            MongoDatabase tickets = mongo.getDatabase("propertyops_ticket");
            MongoDatabase notification = mongo.getDatabase("propertyops_notification");
            Map<String, String> staffIds = staffIds();
            awaitReadModels(notification, platform, estate, logins, staffIds);

            if (scenarios.contains("store")) {
                storeCosts(mongo.getDatabase(StoreCost.DATABASE));
            }
            List<BenchEstate.Owner> owners = estate.owners();
            List<String> tokens = logins.tokens(owners.stream().map(BenchEstate.Owner::username).toList(), 4);
            List<Intake.Reporter> reporters = new ArrayList<>();
            for (int i = 0; i < owners.size(); i++) {
                reporters.add(new Intake.Reporter(tokens.get(i), owners.get(i).unitId()));
            }
            report.context("logins (authorization code + PKCE, 4 at a time)", logins.attempted() + " attempted, "
                    + logins.failed() + " failed and tried again");
            if (logins.failed() > 0) {
                report.note("Found: concurrent logins make security-service's token endpoint answer 500 — a "
                        + "ConcurrentModificationException in InMemoryOAuth2AuthorizationService.findByToken (called by "
                        + "io.propertyops.security.token.Authorizations) while another code exchange changes it. "
                        + "See security-service.log of the run; the bench retries such a login and counts it.");
            }
            List<Intake.Reporter> probes = reporters.subList(0, PROBES);
            List<Intake.Reporter> load = reporters.subList(PROBES, reporters.size());
            report.context("owners", owners.size() + " bench owners (one unit each) + the demo estate; "
                    + PROBES + " of them probe the inbox, the rest report in turn");

            // 5a: before intake fills the collection
            OverdueAtScale overdue = null;
            if (scenarios.contains("overdue")) {
                Api.Response template = Api.post(platform.gatewayUrl() + "/api/v1/tickets", load.getFirst().token(),
                        Intake.leak(load.getFirst().unitId()));
                overdue = new OverdueAtScale(tickets.getCollection("work_orders"), tickets.getCollection("work_order_timers"),
                        template.text("id"),
                        platform.kafkaBootstrap(), platform.managementUrl(TICKET), clock);
                overdueAt(overdue, Long.getLong("bench.open.small", 10_000), true);
            }
            if (scenarios.contains("intake")) {
                intake(platform, estate, load, probes);
            }
            if (scenarios.contains("loop")) {
                wholeLoop(platform, logins, load, staffIds);
            }
            if (scenarios.contains("fanout")) {
                Cpu.Sample before = sample();
                Map<String, Object> facts = new FanOut(notification, platform.gatewayUrl(), clock).run(estate.communityId(),
                        estate.owners().stream().map(BenchEstate.Owner::unitId).toList(),
                        Integer.getInteger("bench.residents", 50_000), logins.token("huangjianguo"));
                account("6. announcement fan-out (adding the residents included)", before,
                        ((Number) facts.get("inboxes with it")).longValue(), "inbox entries");
                report.facts("6. Announcement fan-out",
                        "A property manager publishes to the whole community through the gateway; the bench watches the "
                                + "announcement until it is PUBLISHED and counts the inbox entries. One event: not warmed up.",
                        facts);
            }
            if (scenarios.contains("portal")) {
                portal(platform, tickets, estate, load);
            }
            if (overdue != null) {
                overdueAt(overdue, Long.getLong("bench.open.large", 100_000), false);
            }
            if (scenarios.contains("facility")) {
                facility(platform, mongo, tickets, estate, logins, staffIds);
            }
            if (scenarios.contains("billing")) {
                billing(platform, mongo, estate, logins);
            }
        }
    }

    /**
     * Scenario 9 (issue 16): a bill run of {@code bench.billing.units} (default 10,000) units imported into the bench
     * community, each billed two fee items: the dry run, the run, and the same run again. Last, as it leaves the
     * community ten thousand units larger.
     */
    private void billing(Platform platform, MongoClient mongo, BenchEstate estate, Logins logins) throws Exception {
        Billing billing = new Billing(mongo.getDatabase(Billing.DATABASE), platform.gatewayUrl(), clock);
        int units = Integer.getInteger("bench.billing.units", 10_000);
        Duration wait = Duration.ofSeconds(Long.getLong("bench.billing.wait", 600));
        Map<String, Object> facts = new LinkedHashMap<>();
        Cpu.Sample before = sample();
        long bills = 0;
        try {
            facts.putAll(billing.run(estate.communityId(), logins.token("huangjianguo"), logins.token("maxiaoyan"),
                    units, wait));
            bills = units;
        } catch (Exception e) {
            log.error("billing: the bill run failed", e);
            facts.put("result", "not measured: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        account("9. billing: a bill run of " + Report.number(units) + " units (the import included)", before, bills, "bills");
        report.facts("9. Billing: a bill run of " + Report.number(units) + " units",
                "The property manager imports " + Report.number(units) + " units (new buildings of the bench community, "
                        + "one XLSX through the gateway); they reach billing-service as facility's UnitChanged events. "
                        + "Finance (maxiaoyan) makes two fee items through the gateway — 物业服务费 2.35/m² by building "
                        + "area and a fixed 垃圾清运费 of 15.00, monthly, prepaid — each attached to the whole community "
                        + "(so the demo's and the bench owners' units are billed too), then bills the current month: "
                        + "the dry run (answered at once), the run (accepted at once, posted in pages of 500 payers in "
                        + "the background, followed every 0.25 s until DONE), the outbox emptied of its BillIssued, and "
                        + "the same run started again (it posts nothing). One pass: not warmed up.", facts);
    }

    /** How often the bench's platform runs the plan generator when the facility scenario runs (default PT1M). */
    private static String facilityInterval() {
        return System.getProperty("bench.facility.interval", "PT5S");
    }

    /**
     * Scenario 8 (issue 15): a month of tasks for 100 plans in each of {@code bench.facility.communities} (default
     * 50) communities, and a burst of {@code bench.facility.readings} (default 10,000) device readings from
     * {@code bench.facility.meters} (default 100) meters, with {@code bench.facility.alarms} (default 100) alarms.
     * Last, as it leaves tens of thousands of open work orders behind.
     */
    private void facility(Platform platform, MongoClient mongo, MongoDatabase tickets, BenchEstate estate, Logins logins,
                          Map<String, String> staffIds) throws Exception {
        String manager = logins.token("huangjianguo");
        Facility facility = new Facility(mongo.getDatabase(Facility.DATABASE), tickets, platform.gatewayUrl(),
                platform.managementUrl("facility-service"), clock);
        int communities = Integer.getInteger("bench.facility.communities", 50);
        Duration wait = Duration.ofSeconds(Long.getLong("bench.facility.wait", 1_200));
        Map<String, Object> facts = new LinkedHashMap<>();
        Cpu.Sample before = sample();
        try {
            Map<String, Object> devices = facility.devices(estate.communityId(), manager,
                    Integer.getInteger("bench.facility.meters", 100), Integer.getInteger("bench.facility.readings", 10_000),
                    Integer.getInteger("bench.facility.alarms", 100));
            facts.putAll(devices);
            account("7b. facility: device readings and alarms (registering included)", before,
                    ((Number) devices.get("readings stored")).longValue(), "readings");
        } catch (Exception e) {
            log.error("facility: device intake failed", e);
            facts.put("devices: result", "not measured: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            account("7b. facility: device readings (failed)", before, 0, "");
        }
        before = sample();
        try {
            Map<String, Object> plans = facility.plans(estate.communityId(), manager, staffIds.get("zhouqiang"),
                    staffIds.get("zhenghua"), communities, wait);
            facts.putAll(plans);
            account("7b. facility: a month of plan tasks (cloning included)", before,
                    ((Number) plans.get("tasks written")).longValue(), "tasks");
        } catch (Exception e) {
            log.error("facility: plan generation failed", e);
            facts.put("plans: result", "not measured: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            account("7b. facility: a month of plan tasks (failed)", before, 0, "");
        }
        report.facts("7b. Facilities: plan generation and device intake",
                "Devices first (while ticket-service is idle), then plans. Devices: a gateway, meters and one device "
                        + "per meter registered through the gateway; one signed batch of readings (a batch holds at most "
                        + "10,000 items, so the alarms go in a batch of their own), the same batch again, the same "
                        + "readings under a new batch id, then the alarms. Plans: the property manager makes one inspection route (5 points) and three template plans "
                        + "(maintenance of a piece of equipment, inspection on the route, cleaning of a place; daily, "
                        + "09:00 for 4 h, 30-day lead time) through the gateway, effective beyond the generator's "
                        + "horizon; their documents are cloned straight into facility-service's MongoDB, as OverdueAtScale "
                        + "clones a work order: per community (`bench-community-<c>`) its copy of the route and 100 plans "
                        + "(40 maintenance, 30 inspection, 30 cleaning), effective today with their due mark "
                        + "(`generateMark`) set to their first generate-at, so one generator pass makes the month. The "
                        + "bench platform runs the generator every " + facilityInterval() + " (the default is PT1M; "
                        + "environment PROPERTYOPS_FACILITY_PLANS_INTERVAL); times are from the end of the insert, polled "
                        + "every 0.5 s (the outbox through its mark's index; ticket-service's PREVENTIVE_MAINTENANCE work "
                        + "orders by a count every 5 s). One pass each: not warmed up.", facts);
    }

    /**
     * Scenario 7 (issue 14): the staff portal's initial bundle and load times, with the work orders the scenarios
     * before left open in the community (at least {@code bench.portal.open}, default 1,000: reported by owners
     * first when fewer).
     */
    private void portal(Platform platform, MongoDatabase tickets, BenchEstate estate, List<Intake.Reporter> reporters) throws Exception {
        long wanted = Long.getLong("bench.portal.open", 1_000);
        var workOrders = tickets.getCollection("work_orders");
        var open = Filters.and(Filters.eq("communityId", estate.communityId()),
                Filters.in("status", "SUBMITTED", "ACCEPTED", "DISPATCHED", "TAKEN", "IN_PROGRESS", "ON_HOLD"));
        long before = workOrders.countDocuments(open);
        for (long i = before; i < wanted; i++) {
            Intake.Reporter reporter = reporters.get((int) (i % reporters.size()));
            Api.post(platform.gatewayUrl() + "/api/v1/tickets", reporter.token(), Intake.leak(reporter.unitId()));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("open work orders in the community", workOrders.countDocuments(open));
        facts.putAll(PortalLoad.initialBundle(platform.gatewayUrl()));
        facts.putAll(PortalLoad.loadTimes(repo, platform.gatewayUrl(), platform.demoPassword(), Integer.getInteger("bench.portal.rounds", 5)));
        report.facts("7. Staff portal",
                "The gateway's index.html and the files it loads before the first page is drawn, gzipped by the bench "
                        + "(initial bundle); then portal/bench/portal-load.mjs in Debian's Chromium (playwright-core, headless, "
                        + "1366×768): a new browser opening the portal, an agent opening the service desk's list of every "
                        + "open work order (first page, server-side paging), and a new tab of the signed-in agent to the "
                        + "same list. Medians.",
                facts);
    }

    /** Item 4 of issue 12: writes and queries on the platform's own store at two sizes, without and with their index. */
    private void storeCosts(MongoDatabase scratch) {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.store.sizes", "1000,100000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        Cpu.Sample before = sample();
        StoreCost store = new StoreCost(scratch, clock, Duration.ofSeconds(Long.getLong("bench.store.case", 10)), 2_000);
        List<Measurement> rows = store.measure(sizes);
        account("0. store costs (filling the collections included)", before,
                rows.stream().mapToLong(row -> row.ok() + row.failed()).sum(), "operations");
        String method = "The plain MongoDB Java driver against the platform's embedded MongoDB process (the launcher's "
                + "MongoStore, " + profile + " profile), in a scratch database (" + StoreCost.DATABASE + ", dropped after), "
                + "one operation at a time. Each size gets its own collections; each operation runs for half its time to "
                + "warm up (discarded), then is measured for the rest, first without the index the services declare for "
                + "it, then — on the same documents — with it: a unique index on exactly {_id, version} (trivially unique) "
                + "for the version-checked write, on {_id, recipientId} for the mark-read. The outbox sweep runs over the "
                + "aggregates, of which " + 10 + " hold a pending event: first the old query (pending events recorded "
                + "before a cutoff, first 100 by _id; mongo-java-server serves no range query from an index), then the "
                + "starter's (documents holding an outbox mark, first 100 by mark, through the mark's sparse unique index).";
        report.measurements("0. Store costs: a write, a mark-read and a sweep at " + sizes.stream().map(Report::number)
                .collect(Collectors.joining(" and ")) + " documents", method, rows);
        Report.Table side = StoreCost.sideBySide(rows, sizes);
        report.table("0b. Store costs side by side (mean ms per operation)", "", side.header(), side.rows());
    }

    private void intake(Platform platform, BenchEstate estate, List<Intake.Reporter> load, List<Intake.Reporter> probes) {
        Intake intake = new Intake(platform, estate.communityId(), load, probes);
        String gateway = platform.gatewayUrl();
        String direct = platform.url(TICKET);
        warmUp("intake via gateway c16", warmUpFirst, () -> intake.report("warm-up (gateway)", gateway, 16, warmUpFirst));

        List<Measurement> throughGateway = new ArrayList<>();
        List<Measurement> inbox = new ArrayList<>();
        for (int c : CONCURRENCY) {
            Cpu.Sample before = sample();
            Measurement probed = intake.withInboxProbes("created → owner's inbox, under gateway intake load", c,
                    () -> intake.report("POST /api/v1/tickets via gateway", gateway, c, step), throughGateway).measurement();
            inbox.add(probed);
            account("1. intake via gateway c" + c, before, throughGateway.getLast().ok() + probed.ok() + probed.failed(),
                    "work orders");
        }
        warmUp("intake straight to ticket-service c16", warmUpNext,
                () -> intake.report("warm-up (ticket-service)", direct, 16, warmUpNext));
        List<Measurement> straight = new ArrayList<>();
        for (int c : CONCURRENCY) {
            Cpu.Sample before = sample();
            straight.add(intake.report("POST /api/v1/tickets straight to ticket-service", direct, c, step));
            account("2. intake straight to ticket-service c" + c, before, straight.getLast().ok(), "work orders");
        }
        warmUp("trivial read via gateway c16", warmUpNext, () -> intake.trivial("warm-up (trivial)", gateway, 16, warmUpNext));
        List<Measurement> trivial = new ArrayList<>();
        for (int c : CONCURRENCY) {
            Cpu.Sample before = sample();
            trivial.add(intake.trivial("GET /api/v1/categories/{community} via gateway", gateway, c, step));
            account("2b. trivial read via gateway c" + c, before, trivial.getLast().ok(), "reads");
        }
        List<Measurement> all = new ArrayList<>(throughGateway);
        all.addAll(straight);
        all.addAll(trivial);
        report.measurements("1–2. Intake: owners reporting repairs",
                "Closed loop, " + step.toSeconds() + " s per step after a warm-up; each request carries the token of the "
                        + "next of " + load.size() + " owners (the gateway limits each user to 20/s). The same requests "
                        + "straight to ticket-service measure the gateway's cost; an authenticated read of the category "
                        + "tree (JWT check, one document by id) through the gateway is the stack's ceiling.", all);
        report.measurements("3. Event latency: created → the owner's inbox",
                PROBES + " probe owners report through the gateway one after another while the intake step runs, and "
                        + "poll their inbox straight at notification-service every 20 ms; the time is from the 201 "
                        + "to the first poll that lists the work order (so it includes up to ~20 ms of polling).", inbox);

        Measurement gw16 = find(throughGateway, 16);
        Measurement direct16 = find(straight, 16);
        Measurement trivial16 = find(trivial, 16);
        double gatewayCost = 1 - gw16.perSecond() / direct16.perSecond();
        report.target("intake c16 throughput", "≥ 800/s (quiet machine)", Report.number(gw16.perSecond())
                + "/s (load average " + accountedAs("1. intake via gateway c16").usage().loadAverageAfter() + ")",
                gw16.perSecond() >= 800);
        report.target("intake c16 p99", "≤ 100 ms", Report.number(gw16.p99()) + " ms", gw16.p99() <= 100);
        report.target("gateway cost (c16 throughput lost vs straight)", "≤ 20 %",
                Report.number(gatewayCost * 100) + " % (p50 " + Report.number(gw16.p50()) + " vs "
                        + Report.number(direct16.p50()) + " ms)", gatewayCost <= 0.20);
        report.target("trivial authenticated read c16 p99", "≤ 50 ms", Report.number(trivial16.p99()) + " ms",
                trivial16.p99() <= 50);
        Measurement inbox16 = find(inbox, 16);
        report.target("created → inbox p99 (c16 load)", "≤ 250 ms", Report.number(inbox16.p99()) + " ms (p50 "
                + Report.number(inbox16.p50()) + ", " + inbox16.ok() + " probes)", inbox16.p99() <= 250 && inbox16.failed() == 0);
        Accounted cpu16 = accountedAs("1. intake via gateway c16");
        double perWorkOrder = cpu16.usage().platformMillisPer(cpu16.units());
        report.target("platform CPU per created work order (c16 via gateway)", "≤ 2.5 ms", Report.number(perWorkOrder)
                + " ms (load generator " + Report.number(cpu16.usage().bench() * 1000 / Math.max(1, cpu16.units()))
                + " ms apart)", perWorkOrder > 0 && perWorkOrder <= 2.5);
        report.context("framework ceiling ratio (intake / trivial read, c16, via gateway)",
                Report.number(gw16.perSecond() / trivial16.perSecond()));
        report.context("gateway cost at c16 (1 − via gateway / straight)", Report.number(gatewayCost * 100) + " %");
    }

    private void wholeLoop(Platform platform, Logins logins, List<Intake.Reporter> owners, Map<String, String> staffIds)
            throws InterruptedException {
        List<String> agents = logins.tokens(List.of("zhaomin", "sunli"), 2);
        Map<String, String> technicians = new HashMap<>();
        for (String technician : List.of("zhouqiang", "wugang")) {
            technicians.put(staffIds.get(technician), logins.token(technician));
        }
        WholeLoop loop = new WholeLoop(platform.gatewayUrl(), owners, agents, technicians);
        warmUp("whole loop c8", warmUpNext, () -> loop.run(8, warmUpNext));
        long throttledBefore = loop.throttled();
        Cpu.Sample before = sample();
        Measurement measured = loop.run(8, Duration.ofSeconds(Long.getLong("bench.loop", 20)));
        account("4. whole loop c8", before, measured.ok(), "loops");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("loops closed per second", measured.perSecond());
        facts.put("requests per loop", 8);
        facts.put("steps rate-limited (429) and sent again", loop.throttled() - throttledBefore);
        report.measurements("4. The whole loop", "8 concurrent loops through the gateway, two customer-service agents "
                + "and the two on-duty technicians of the demo roster; each row is one whole loop.", List.of(measured));
        report.facts("4b. The whole loop: counts", "", facts);
        report.target("whole loop c8", "≥ 20 loops/s", Report.number(measured.perSecond()) + " loops/s (p99 "
                + Report.number(measured.p99()) + " ms)", measured.perSecond() >= 20 && measured.failed() == 0);
    }

    /**
     * Scenario 5 at one size, reported at once; a size the platform cannot hold (the embedded MongoDB has a fixed
     * heap) is reported as not measured, and the run goes on. Before the first size one round is run and discarded,
     * so that the watch, the write and the relay are compiled.
     */
    private void overdueAt(OverdueAtScale overdue, long open, boolean first) {
        String method = first ? "Open work orders beyond those the API created are copies of one, inserted into "
                + "ticket-service's MongoDB in bulk, each with its first alert a day away. Then 100 copies whose deadlines "
                + "all pass 5 s later (warned already, so the next alert is `overdue`) are inserted, and a consumer on "
                + "propertyops.ticket.v1 notes when each one's overdue event arrives. Scan cost is ticket-service's "
                + "`propertyops.ticket.watch.scan` timer (every 2 s), read from /actuator/prometheus. Before the first "
                + "size one round of 20 is run and discarded (warm-up)." : "";
        String goal = "overdue event on the broker after the deadline (max, " + Report.number(open) + " open)";
        try {
            overdue.fillTo(open);
            if (first) {
                warmUp("overdue round of 20", Duration.ZERO, () -> overdue.measure(20));
            }
            Cpu.Sample before = sample();
            Map<String, Object> facts = overdue.measure(100);
            account("5. overdue at " + Report.number(open) + " open (measured round)", before,
                    ((Number) facts.get("overdue events seen")).longValue(), "overdue events");
            report.facts("5. Overdue at scale: " + Report.number(((Number) facts.get("open work orders")).doubleValue())
                    + " open", method, facts);
            double worst = (double) facts.get("deadline → on the broker max ms");
            report.target(goal, "≤ 2 s", Report.number(worst) + " ms (event time "
                            + Report.number((double) facts.get("deadline → event time (ce_time) max ms")) + " ms)",
                    facts.get("overdue events seen").equals(100) && worst <= 2000);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.error("overdue at {} open failed", open, e);
            report.facts("5. Overdue at scale: " + Report.number(open) + " open", method,
                    Map.of("result", "not measured: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            report.target(goal, "≤ 2 s", "not measured (" + e.getClass().getSimpleName() + ")", false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Load that is run and thrown away, so the JIT has compiled the path before it is measured; its CPU is still shown. */
    private void warmUp(String path, Duration duration, Callable<?> load) {
        Cpu.Sample before = sample();
        log.info("warming up {} ({} s, discarded)", path, duration.toSeconds());
        try {
            load.call();
        } catch (Exception e) {
            throw new IllegalStateException("warm-up of " + path + " failed", e);
        }
        account("warm-up: " + path, before, 0, "");
    }

    private Cpu.Sample sample() {
        return cpu.sample(processes);
    }

    private void account(String scenario, Cpu.Sample before, long units, String unit) {
        Accounted row = new Accounted(scenario, Cpu.Usage.between(before, sample()), units, unit);
        accounted.add(row);
        log.info("CPU {}: platform {} s, bench {} s", scenario, Report.number(row.usage().platformTotal()),
                Report.number(row.usage().bench()));
    }

    private Accounted accountedAs(String scenario) {
        return accounted.stream().filter(row -> row.scenario().equals(scenario)).reduce((a, b) -> b).orElseThrow();
    }

    /** Section 8: CPU per unit of work (compared with earlier runs) and the seconds of every process per scenario. */
    private void cpuReport(boolean attach) {
        if (accounted.isEmpty()) {
            return;
        }
        Map<String, Object> perUnit = new LinkedHashMap<>();
        for (Accounted row : accounted) {
            if (row.units() > 0) {
                perUnit.put(row.scenario() + ": platform CPU ms per " + singular(row.unit()),
                        row.usage().platformMillisPer(row.units()));
            }
        }
        report.facts("8. CPU per unit of work", "All the platform's processes' CPU seconds during the step ÷ what it "
                + "did (work orders created, reads answered, loops closed, events, operations). Intake counts the "
                + "probes' work orders too." + (attach ? " Attached to a running platform: only the bench's own CPU is "
                + "known, the platform's processes are not its children." : ""), perUnit);
        report.table("8b. CPU seconds by process and scenario", "Wall seconds, the load average at the start → end, "
                        + "each process's CPU seconds, the platform's total, and the bench's JVM (the load generator) apart.",
                CpuTable.header(processes.keySet()), CpuTable.rows(accounted, processes.keySet()));
    }

    private static String singular(String unit) {
        return unit.endsWith("ies") ? unit.substring(0, unit.length() - 3) + "y"
                : unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    /**
     * The people, the roster and the recipient directory reach the other services as events after the platform is
     * healthy; intake before that would find no one to tell.
     */
    private void awaitReadModels(MongoDatabase notification, Platform platform, BenchEstate estate, Logins logins,
                                 Map<String, String> staffIds) throws Exception {
        long people = staffIds.size() + estate.owners().size() + 6;
        long begin = System.nanoTime();
        long giveUp = begin + Duration.ofMinutes(3).toNanos();
        while (notification.getCollection("recipients").countDocuments() < people && System.nanoTime() < giveUp) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        String agent = logins.token("zhaomin");
        String roster = platform.gatewayUrl() + "/api/v1/roster?communityId=" + estate.communityId();
        while (System.nanoTime() < giveUp) {
            Api.Response technicians = Api.get(roster, agent);
            if (technicians.status() == 200 && technicians.body().contains("\"onDuty\":true")) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        log.info("{} recipients known after {} s", notification.getCollection("recipients").countDocuments(
                Filters.exists("_id")), (System.nanoTime() - begin) / 1_000_000_000);
    }

    private Map<String, String> staffIds() throws Exception {
        Map<String, String> ids = new HashMap<>();
        JsonNode people = Api.JSON.readTree(Files.readString(repo.resolve("deploy/local/demo/estate.json"))).path("people");
        for (JsonNode person : people) {
            if (!person.path("roles").toString().contains("OWNER")) {
                ids.put(person.path("username").asString(), person.path("id").asString());
            }
        }
        return ids;
    }

    private boolean cdsArchives() throws Exception {
        Path apps = repo.resolve("deploy/local/target/apps");
        if (!Files.isDirectory(apps)) {
            return false;
        }
        try (var files = Files.walk(apps)) {
            return files.filter(file -> file.getFileName().toString().equals("app.jsa")).count() >= LocalPlatform.SERVICES.size();
        }
    }

    private static Measurement find(List<Measurement> measurements, int concurrency) {
        return measurements.stream().filter(m -> m.concurrency() == concurrency).findFirst().orElseThrow();
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
