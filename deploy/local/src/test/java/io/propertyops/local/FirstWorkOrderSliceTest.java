package io.propertyops.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first slice, end to end on the real platform: every service and the gateway in its own process, a
 * real KRaft broker, the embedded MongoDB. A demo owner logs in the standard way (authorization code + PKCE
 * through the login form), reports a kitchen leak through the gateway, and the owner and the community's
 * customer-service staff each find it in their inbox — carried by the outbox and Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
class FirstWorkOrderSliceTest {

    static final String OWNER = "13800138001";              // 张伟, 翠湖花园 1-1-101
    static final String OWNER_UNIT = "68ac8d21-fbad-588a-99b9-6808bb720063";
    static final String OTHER_OWNERS_UNIT = "c0d3f1a9-0000-4000-8000-000000000000";
    static final List<String> CUSTOMER_SERVICE = List.of("zhaomin", "sunli");
    static final List<String> CUSTOMER_SERVICE_IDS = List.of("1336015a-35e5-5d90-9937-ab21487aad06", "07e65559-acae-569b-a040-9cf4df33a5bb");
    static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";
    static final String PLUMBER_ID = "625f8ef2-baa5-59d4-800d-cf1364054e68";   // 周强 zhouqiang, plumbing + electrical

    static LocalPlatform platform;
    static TestHttp gateway;

    /** The platform is shared with the other end-to-end suites that only use it (the portal's browser tests). */
    @BeforeAll
    static void startThePlatform(LocalPlatform shared) {
        platform = shared;
        gateway = TestHttp.at(platform.gatewayUrl());
        awaitDemoPeopleInTheRecipientDirectory();
    }

    /**
     * The demo people reach notification-service as events (security-service's outbox, then Kafka), a few
     * seconds after the platform is healthy; a work order reported before that would find no customer-service
     * staff to tell. Real estates register their staff long before the first report.
     */
    static void awaitDemoPeopleInTheRecipientDirectory() {
        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            var recipients = mongo.getDatabase("propertyops_notification").getCollection("recipients");
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    recipients.countDocuments(Filters.in("_id", CUSTOMER_SERVICE_IDS)) == CUSTOMER_SERVICE_IDS.size());
        }
    }

    static String login(String username) {
        return PkceLogin.against(URI.create(platform.gatewayUrl()))
                .login("propertyops-app", REDIRECT_URI, "openid profile", username, platform.demoPassword())
                .accessToken();
    }

    static String kitchenLeak(String unitId) {
        return """
                {"unitId": "%s", "kind": "REPAIR", "category": "plumbing", "urgency": "URGENT",
                 "title": "厨房水管漏水", "description": "水槽下面的水管一直在滴水", "location": "厨房"}
                """.formatted(unitId);
    }

    static boolean inboxHas(String token, String title, String text) {
        var inbox = gateway.get("/api/v1/me/notifications?size=50", token);
        if (inbox.status() != 200) {
            return false;
        }
        List<String> titles = inbox.json("$.items[*].title");
        List<String> bodies = inbox.json("$.items[*].body");
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).equals(title) && (bodies.get(i).contains(text) || titles.get(i).contains(text))) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void anOwnersKitchenLeakReachesTheOwnerAndCustomerServiceThroughTheGateway() {
        String ownerToken = login(OWNER);

        String traceId = UUID.randomUUID().toString().replace("-", "");
        var created = gateway.post("/api/v1/tickets", ownerToken, kitchenLeak(OWNER_UNIT),
                "Idempotency-Key", UUID.randomUUID().toString(),
                "traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json("$.number");
        assertThat(number).matches("WO-\\d{8}-\\d{4}");
        assertThat(created.<String>json("$.title")).isEqualTo("厨房水管漏水");

        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(ownerToken, "报修已受理", number));
        for (String agent : CUSTOMER_SERVICE) {
            String agentToken = login(agent);
            await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(agentToken, "新报修待受理：" + number, number));
        }
        // one trace from the app's request through the gateway, ticket-service, the outbox and Kafka to the
        // consumer that wrote the inbox messages
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(platform.logFile("notification-service"))
                .lines().anyMatch(line -> line.contains(number) && line.contains("\"traceId\":\"" + traceId + "\"")));

        var mine = gateway.get("/api/v1/me/tickets", ownerToken);
        assertThat(mine.<List<String>>json("$.items[*].number")).contains(number);
    }

    @Test
    @Order(2)
    void badRequestsThroughTheGatewayAreProblemsAndWriteNothing() {
        String ownerToken = login(OWNER);
        int before = gateway.get("/api/v1/me/tickets", ownerToken).<Integer>json("$.total");

        assertProblem(gateway.post("/api/v1/tickets", ownerToken, "{\"kind\": "), 400);
        assertProblem(gateway.post("/api/v1/tickets", ownerToken, "{}"), 400);
        assertProblem(gateway.post("/api/v1/tickets", ownerToken, kitchenLeak(OWNER_UNIT).replace("\"URGENT\"", "42")), 400);
        assertProblem(gateway.post("/api/v1/tickets", ownerToken, kitchenLeak(OTHER_OWNERS_UNIT)), 404);
        assertProblem(gateway.get("/api/v1/tickets/" + UUID.randomUUID(), ownerToken), 404);
        assertProblem(gateway.post("/api/v1/tickets", null, kitchenLeak(OWNER_UNIT)), 401);
        assertProblem(gateway.post("/api/v1/tickets", ownerToken.substring(0, ownerToken.length() - 4) + "AAAA", kitchenLeak(OWNER_UNIT)), 401);

        assertThat(gateway.get("/api/v1/me/tickets", ownerToken).<Integer>json("$.total")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anIntegrationClientGetsATokenByClientCredentials() {
        String basic = Base64.getEncoder().encodeToString(("propertyops-integration-demo:" + platform.demoClientSecret())
                .getBytes(StandardCharsets.UTF_8));
        var token = gateway.send(gateway.request("/oauth2/token", null)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=tickets.read")));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);

        var communities = gateway.get("/api/v1/communities", token.json("$.access_token"));
        assertThat(communities.status()).isEqualTo(200);
        assertThat(communities.<List<String>>json("$[*].name")).containsExactly("翠湖花园");
    }

    @Test
    @Order(4)
    void anOwnerSignsInWithAnSmsCodeThroughTheGateway() {
        String phone = "13800138002";                       // 王芳
        var requested = gateway.post("/login/sms-code", null, "{\"phone\": \"" + phone + "\"}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);

        String admin = login("admin");
        List<String> texts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var sink = gateway.get("/api/v1/admin/sms-sink?phone=" + phone, admin);
            texts.clear();
            if (sink.status() == 200) {
                texts.addAll(sink.json("$[*].text"));
            }
            return !texts.isEmpty();
        });
        var code = Pattern.compile("(\\d{6})").matcher(texts.getFirst());
        assertThat(code.find()).isTrue();

        var token = gateway.send(gateway.request("/oauth2/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=urn%3Apropertyops%3Aparams%3Aoauth%3Agrant-type%3Asms-code"
                        + "&client_id=propertyops-app&phone=" + phone + "&code=" + code.group(1))));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(gateway.get("/api/v1/me/tickets", token.json("$.access_token")).status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void aWorkOrderAcceptedWhileKafkaIsDownIsDeliveredOnceItIsBack() {
        String ownerToken = login(OWNER);
        platform.stop(LocalPlatform.KAFKA);

        var created = gateway.post("/api/v1/tickets", ownerToken, kitchenLeak(OWNER_UNIT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json("$.number");

        platform.restart(LocalPlatform.KAFKA);
        await().atMost(Duration.ofSeconds(90)).until(() -> inboxHas(ownerToken, "报修已受理", number));
    }

    @Test
    @Order(6)
    void aLeakGoesAroundTheWholeLoopAndIsDispatchedToTheOnDutyPlumberOfTheDemoRoster() {
        String ownerToken = login(OWNER);
        String agentToken = login(CUSTOMER_SERVICE.getFirst());
        String plumberToken = login("zhouqiang");
        String community = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2";
        // the roster is kept from security-service's staff events, like the recipient directory
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get("/api/v1/roster?communityId=" + community, agentToken)
                .<List<String>>json("$.technicians[?(@.onDuty == true)].id").contains(PLUMBER_ID));

        String id = gateway.post("/api/v1/tickets", ownerToken, kitchenLeak(OWNER_UNIT)).json("$.id");
        var accepted = step(id, "accept", agentToken, "{}");
        assertThat(accepted.<String>json("$.accountableAgentId")).isEqualTo(CUSTOMER_SERVICE_IDS.getFirst());
        assertThat(accepted.<String>json("$.status")).as("auto-dispatched").isEqualTo("DISPATCHED");
        String assignee = accepted.json("$.assigneeId");
        String technicianToken = assignee.equals(PLUMBER_ID) ? plumberToken : login("wugang");
        step(id, "take", technicianToken, "{}");
        step(id, "start", technicianToken, "{}");
        step(id, "resolve", technicianToken, "{\"result\": \"更换角阀，测试无渗漏\"}");
        step(id, "confirm", ownerToken, "{}");
        step(id, "revisit", agentToken, "{\"satisfied\": true, \"note\": \"业主满意\"}");
        var closed = step(id, "close", agentToken, "{}");

        assertThat(closed.<String>json("$.status")).isEqualTo("CLOSED");
        assertThat(closed.<List<String>>json("$.timeline[*].action")).containsExactly("submitted", "accepted",
                "dispatched", "taken", "started", "resolved", "confirmed", "revisited", "closed");
        assertThat(gateway.get("/api/v1/tickets/" + id, ownerToken).<String>json("$.deadlines.RESPONSE.metAt")).isNotNull();
    }

    /** The staff portal's live inbox streams through the gateway as it comes, not buffered until the stream ends. */
    @Test
    @Order(7)
    void anAgentsLiveStreamThroughTheGatewayShowsANewRequestAsItArrives() throws Exception {
        String agentToken = login(CUSTOMER_SERVICE.getFirst());
        String ownerToken = login(OWNER);
        List<String> lines = new CopyOnWriteArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(
                            URI.create(platform.gatewayUrl() + "/api/v1/me/notifications/stream"))
                    .header("Authorization", "Bearer " + agentToken)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":connected"));

            var created = gateway.post("/api/v1/tickets", ownerToken, kitchenLeak(OWNER_UNIT),
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String number = created.json("$.number");

            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(line ->
                    line.startsWith("data:") && line.contains("新报修待受理：" + number)));
            reader.interrupt();
        }
    }

    @Test
    @Order(8)
    void managementIsOffThePublicEntranceAndListensOnTheLoopbackAddressOnly(TestReporter report) {
        String admin = login("admin");
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env",
                "/actuator/gateway/routes", "/actuator/heapdump")) {
            assertProblem(gateway.get(path, null), 404);
            assertProblem(gateway.get(path, admin), 404);
        }
        for (String service : LocalPlatform.SERVICES) {
            TestHttp management = TestHttp.at(platform.managementUrl(service));
            assertThat(management.get("/actuator/health", null).<String>json("$.status")).as(service).isEqualTo("UP");
            assertThat(management.get("/actuator/prometheus", null).body()).as(service).contains("jvm_memory_used_bytes");
            if (!service.equals(LocalPlatform.GATEWAY)) {
                assertThat(TestHttp.at(platform.url(service)).get("/actuator/health", null).status()).as(service).isIn(302, 401, 404);
            }
        }

        List<Integer> loopbackOnly = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            loopbackOnly.add(platform.ports().managementPort(service));
            if (!service.equals(LocalPlatform.GATEWAY)) {
                loopbackOnly.add(platform.ports().port(service));
            }
        }
        for (int port : loopbackOnly) {
            assertThat(ListeningSockets.addressesListeningOn(port)).as("port " + port)
                    .isNotEmpty().allMatch(InetAddress::isLoopbackAddress);
        }
        assertThat(ListeningSockets.addressesListeningOn(platform.ports().gateway())).as("the gateway, on every interface")
                .anyMatch(InetAddress::isAnyLocalAddress);

        var external = ListeningSockets.nonLoopbackAddress();
        if (external.isEmpty()) {
            report.publishEntry("no non-loopback address", "this machine has no network address besides loopback: "
                    + "only the listening sockets' bind addresses were checked, no connection from outside was tried");
            return;
        }
        assertThat(ListeningSockets.accepts(external.get(), platform.ports().gateway()))
                .as("the gateway's public port on " + external.get()).isTrue();
        for (int port : loopbackOnly) {
            assertThat(ListeningSockets.accepts(external.get(), port)).as("port " + port + " on " + external.get()).isFalse();
        }
    }

    static TestHttp.Response step(String id, String action, String token, String json) {
        var response = gateway.post("/api/v1/tickets/" + id + "/" + action, token, json);
        assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
        return response;
    }

    static void assertProblem(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.type")).startsWith("https://propertyops.io/problems/");
    }
}
