package io.propertyops.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.propertyops.events.EventCatalog;
import io.propertyops.notification.webhook.application.WebhookSender;
import io.propertyops.notification.webhook.application.Webhooks;
import io.propertyops.notification.webhook.domain.Delivery;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceTest
class WebhooksTest {

    static final String CREATED = EventCatalog.typeOf(WorkOrderCreated.class);

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    final String community = "community-" + UUID.randomUUID();
    final String client = "crm-" + UUID.randomUUID();
    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    String token(String clientId) {
        return TestTokens.integration(clientId, community).scopes(Webhooks.SCOPE).token();
    }

    TestHttp.Response subscribe(String clientId, String url, String... eventTypes) {
        String types = String.join("\",\"", eventTypes);
        return http.post("/api/v1/webhooks", token(clientId), """
                {"url": "%s", "eventTypes": ["%s"]}""".formatted(url, types));
    }

    /** Subscribes the client's receiver to new work orders and answers the subscription's id and secret. */
    String[] subscribed() {
        TestHttp.Response created = subscribe(client, receiver.url(), CREATED);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return new String[] {created.json("$.id"), created.json("$.secret")};
    }

    WorkOrderCreated leakIn(String communityId) {
        return new WorkOrderCreated(UUID.randomUUID().toString(), "wo-" + UUID.randomUUID(), Instant.now(),
                "WO-20261124-0007", communityId, "unit-101", "owner-1", "张伟", "REPAIR", "plumbing", "URGENT",
                "APP", "厨房水管漏水", null, "厨房");
    }

    long deliveriesOf(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId)), Delivery.class, "webhook_deliveries");
    }

    @Test
    void theReceiverGetsACorrectlySignedCloudEventOfItsCommunity() throws Exception {
        String[] subscription = subscribed();
        WorkOrderCreated leak = leakIn(community);

        EventPublishing.publish(kafka, leak);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedOf(leak.eventId()).size() == 1);
        WebhookReceiver.Received delivery = receiver.receivedOf(leak.eventId()).getFirst();
        String timestamp = delivery.header(WebhookSender.TIMESTAMP);
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(delivery.header(WebhookSender.SIGNATURE))
                .isEqualTo("sha256=" + hmac(subscription[1], timestamp + "." + delivery.body()));
        assertThat(delivery.header("Content-Type")).isEqualTo("application/cloudevents+json");
        assertThat(JsonPath.<String>read(delivery.body(), "$.id")).isEqualTo(leak.eventId());
        assertThat(JsonPath.<String>read(delivery.body(), "$.type")).isEqualTo(CREATED);
        assertThat(JsonPath.<String>read(delivery.body(), "$.data.communityId")).isEqualTo(community);
        assertThat(JsonPath.<String>read(delivery.body(), "$.data.title")).isEqualTo("厨房水管漏水");
    }

    @Test
    void afterTwoServerErrorsTheRetriedDeliveryArrivesAndEveryAttemptIsLogged() throws Exception {
        String[] subscription = subscribed();
        receiver.answering(500, 500);
        WorkOrderCreated leak = leakIn(community);

        EventPublishing.publish(kafka, leak);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedOf(leak.eventId()).size() == 3);
        await().untilAsserted(() -> {
            TestHttp.Response log = http.get("/api/v1/webhooks/" + subscription[0] + "/deliveries", token(client));
            assertThat(log.<String>json("$[0].status")).isEqualTo("DELIVERED");
            assertThat(log.<List<Integer>>json("$[0].attempts[*].httpStatus")).containsExactly(500, 500, 200);
            assertThat(log.<List<Boolean>>json("$[0].attempts[*].succeeded")).containsExactly(false, false, true);
        });
        String[] signatures = receiver.receivedOf(leak.eventId()).stream()
                .map(request -> request.header(WebhookSender.SIGNATURE)).toArray(String[]::new);
        assertThat(signatures).doesNotContainNull();
    }

    @Test
    void aRedeliveredRecordMakesOneDeliveryAndOtherCommunitiesEventsNone() throws Exception {
        subscribed();
        WorkOrderCreated leak = leakIn(community);
        WorkOrderCreated elsewhere = leakIn("community-" + UUID.randomUUID());
        WorkOrderCreated marker = leakIn(community);

        EventPublishing.publish(kafka, leak, leak, elsewhere, marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedOf(marker.eventId()).size() == 1);
        assertThat(deliveriesOf(leak.eventId())).isOne();
        assertThat(receiver.receivedOf(leak.eventId())).hasSize(1);
        assertThat(deliveriesOf(elsewhere.eventId())).isZero();
    }

    @Test
    void aDeliveryIsSentAgainOnRequest() throws Exception {
        String[] subscription = subscribed();
        WorkOrderCreated leak = leakIn(community);
        EventPublishing.publish(kafka, leak);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedOf(leak.eventId()).size() == 1);
        String deliveryId = http.get("/api/v1/webhooks/" + subscription[0] + "/deliveries", token(client)).json("$[0].id");

        TestHttp.Response again = http.post("/api/v1/webhooks/deliveries/" + deliveryId + "/redelivery", token(client), "");

        assertThat(again.status()).as("%s", again).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedOf(leak.eventId()).size() == 2);
    }

    @Test
    void aDeliveryStillFailingAtTheEndOfItsRetryPeriodIsMarkedFailedAndCanBeSentAgain() throws Exception {
        String[] subscription = subscribed();
        receiver.alwaysAnswering(500);
        WorkOrderCreated leak = leakIn(community);
        EventPublishing.publish(kafka, leak);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedOf(leak.eventId()).size() == 1);
        Query delivery = Query.query(Criteria.where("eventId").is(leak.eventId()));
        // the retry period ends now: what a day of failures comes to
        mongo.updateFirst(delivery, new Update()
                .set("retryUntil", clock.instant()), Delivery.class, "webhook_deliveries");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.findOne(delivery, Delivery.class, "webhook_deliveries").status() == Delivery.Status.FAILED);
        int attempts = receiver.receivedOf(leak.eventId()).size();
        receiver.alwaysAnswering(200);

        String deliveryId = mongo.findOne(delivery, Delivery.class, "webhook_deliveries").id();
        assertThat(http.post("/api/v1/webhooks/deliveries/" + deliveryId + "/redelivery", token(client), "").status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedOf(leak.eventId()).size() == attempts + 1);
        await().untilAsserted(() -> assertThat(http.get("/api/v1/webhooks/" + subscription[0] + "/deliveries",
                token(client)).<String>json("$[0].status")).isEqualTo("DELIVERED"));
    }

    @Test
    void aFailingEndpointTripsItsCircuitWhileOthersAreStillServed() throws Exception {
        subscribed();
        receiver.alwaysAnswering(503);
        String healthyClient = "erp-" + UUID.randomUUID();
        try (WebhookReceiver healthy = new WebhookReceiver()) {
            assertThat(subscribe(healthyClient, healthy.url(), CREATED).status()).isEqualTo(201);
            for (int i = 0; i < 6; i++) {
                EventPublishing.publish(kafka, leakIn(community));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 5);
            WorkOrderCreated later = leakIn(community);

            EventPublishing.publish(kafka, later);

            await().atMost(Duration.ofSeconds(20)).until(() -> healthy.receivedOf(later.eventId()).size() == 1);
            assertThat(receiver.received()).as("the open circuit lets nothing through").hasSize(5);
            assertThat(mongo.count(Query.query(Criteria.where("eventId").is(later.eventId())
                    .and("status").is(Delivery.Status.PENDING)), Delivery.class, "webhook_deliveries"))
                    .as("the failing endpoint's delivery waits").isOne();
        }
    }

    @Test
    void internalAddressesAreRefused() {
        for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.5/hook",
                "https://localhost/hook", "https://[::1]/hook")) {
            TestHttp.Response refused = subscribe(client, url, CREATED);
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.<String>json("$.code")).isEqualTo("webhook-url-internal");
        }
    }

    @Test
    void peoplesEventsAndUnknownTypesCannotBeSubscribedTo() {
        assertThat(subscribe(client, receiver.url(), "propertyops.security.sms-code-requested.v1").status()).isEqualTo(422);
        assertThat(subscribe(client, receiver.url(), "propertyops.nothing.v1").status()).isEqualTo(422);
    }

    @Test
    void anotherClientsSubscriptionIsNotFound() throws Exception {
        String[] subscription = subscribed();
        WorkOrderCreated leak = leakIn(community);
        EventPublishing.publish(kafka, leak);
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(leak.eventId()) == 1);
        String deliveryId = mongo.findOne(Query.query(Criteria.where("eventId").is(leak.eventId())), Delivery.class, "webhook_deliveries").id();
        String stranger = token("other-" + UUID.randomUUID());

        assertThat(http.get("/api/v1/webhooks/" + subscription[0], stranger).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/webhooks/" + subscription[0] + "/deliveries", stranger).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/webhooks/deliveries/" + deliveryId + "/redelivery", stranger, "").status()).isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/webhooks/" + subscription[0], stranger).DELETE()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/webhooks", stranger).<List<?>>json("$")).isEmpty();
        TestHttp.Response own = http.get("/api/v1/webhooks", token(client));
        assertThat(own.<List<String>>json("$[*].id")).containsExactly(subscription[0]);
        assertThat(own.body()).doesNotContain(subscription[1]);
        assertThat(http.send(http.request("/api/v1/webhooks/" + subscription[0], token(client)).DELETE()).status()).isEqualTo(204);
    }

    static String hmac(String secret, String payload) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anAdministratorSubscribesForTheirCommunitiesFromThePortalAndOtherStaffCannot() throws Exception {
        String admin = TestTokens.staff("admin-" + UUID.randomUUID(), "ADMIN", community).token();
        TestHttp.Response created = http.post("/api/v1/webhooks", admin, """
                {"url": "%s", "eventTypes": ["%s"]}""".formatted(receiver.url(), CREATED));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.<List<String>>json("$.communityIds")).containsExactly(community);
        WorkOrderCreated leak = leakIn(community);

        EventPublishing.publish(kafka, leak);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedOf(leak.eventId()).size() == 1);
        assertThat(http.get("/api/v1/webhooks", admin).<List<String>>json("$[*].id")).containsExactly(created.<String>json("$.id"));
        assertThat(http.get("/api/v1/webhooks", token(client)).<List<String>>json("$[*].id")).isEmpty();
        String supervisor = TestTokens.staff("sup-" + UUID.randomUUID(), "SUPERVISOR", community).token();
        assertThat(http.get("/api/v1/webhooks", supervisor).status()).isEqualTo(403);
    }
}
