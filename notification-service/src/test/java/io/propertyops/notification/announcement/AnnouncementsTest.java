package io.propertyops.notification.announcement;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.notification.announcement.application.AnnouncementFanOut;
import io.propertyops.notification.announcement.domain.Announcement;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.notification.delivery.application.SmsSink;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import io.propertyops.notification.device.domain.Device;
import io.propertyops.notification.device.application.Devices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class AnnouncementsTest {

    @Autowired
    TestHttp http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AnnouncementFanOut fanOut;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    SmsSink sink;
    @Autowired
    Devices devices;
    @Autowired
    Clock clock;

    final String community = "community-" + UUID.randomUUID();
    final String otherCommunity = "community-" + UUID.randomUUID();
    final String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", community).token();

    static String waterOutage(String communities, String units) {
        return """
                {"communityIds": %s, "unitIds": %s, "title": "停水通知", "body": "明日 9:00–17:00 二期停水检修", "urgent": true}
                """.formatted(communities, units);
    }

    String publishAndAwait(String token, String request) {
        var accepted = http.post("/api/v1/announcements", token, request);
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
        String id = accepted.json("$.id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/announcements/" + id);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "PUBLISHED".equals(http.get("/api/v1/announcements/" + id, token).json("$.state")));
        return id;
    }

    String tokenOf(Recipient person) {
        return TestTokens.owner(person.id(), person.communityIds().getFirst(), person.unitIds().toArray(String[]::new)).token();
    }

    long inboxEntriesOf(String recipientId, String announcementId) {
        return mongo.count(Query.query(Criteria.where("recipientId").is(recipientId).and("eventId").is(announcementId)),
                InboxEntry.class, "inbox");
    }

    @Test
    void aWaterOutageReachesEveryActiveResidentOfTheCommunityAndNobodyElse() {
        Recipient owner = Residents.owner(community, "unit-101");
        Recipient tenant = Residents.tenant(community, "unit-102");
        Recipient movedOut = Residents.movedOut(community, "unit-103");
        Recipient staff = Residents.customerService(community);
        Recipient neighbour = Residents.owner(otherCommunity, "unit-101");
        Residents.register(mongo, List.of(owner, tenant, movedOut, staff, neighbour));

        String id = publishAndAwait(agent, waterOutage("[\"" + community + "\"]", "null"));

        assertThat(inboxEntriesOf(owner.id(), id)).isOne();
        assertThat(inboxEntriesOf(tenant.id(), id)).isOne();
        assertThat(inboxEntriesOf(movedOut.id(), id)).isZero();
        assertThat(inboxEntriesOf(staff.id(), id)).isZero();
        assertThat(inboxEntriesOf(neighbour.id(), id)).isZero();
        var view = http.get("/api/v1/announcements/" + id, agent);
        assertThat(view.<Integer>json("$.reached")).isEqualTo(2);
        assertThat(view.<Boolean>json("$.urgent")).isTrue();
        var mine = http.get("/api/v1/me/announcements", tokenOf(owner));
        assertThat(mine.<String>json("$.items[0].id")).isEqualTo(id);
        assertThat(mine.<String>json("$.items[0].title")).isEqualTo("停水通知");
        assertThat(mine.<Boolean>json("$.items[0].urgent")).isTrue();
        assertThat(mine.<Boolean>json("$.items[0].read")).isFalse();
        assertThat(http.get("/api/v1/me/notifications", tokenOf(owner)).<String>json("$.items[0].kind"))
                .isEqualTo("ANNOUNCEMENT");
    }

    @Test
    void anOwnerOfAnotherCommunityCannotSeeOrReadIt() {
        Residents.register(mongo, List.of(Residents.owner(community, "unit-101")));
        String id = publishAndAwait(agent, waterOutage("null", "null"));
        Recipient neighbour = Residents.owner(otherCommunity, "unit-101");

        assertThat(http.get("/api/v1/me/announcements/" + id, tokenOf(neighbour)).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/me/announcements/" + id + "/read", tokenOf(neighbour), "").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/me/announcements", tokenOf(neighbour)).<Integer>json("$.total")).isZero();
        String otherAgent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", otherCommunity).token();
        assertThat(http.get("/api/v1/announcements/" + id, otherAgent).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/announcements?communityId=" + community, otherAgent).status()).isEqualTo(404);
    }

    @Test
    void readsAreCountedOncePerResident() {
        Recipient owner = Residents.owner(community, "unit-101");
        Recipient tenant = Residents.tenant(community, "unit-102");
        Residents.register(mongo, List.of(owner, tenant));
        String id = publishAndAwait(agent, waterOutage("[\"" + community + "\"]", "[]"));

        var read = http.post("/api/v1/me/announcements/" + id + "/read", tokenOf(owner), "");
        http.post("/api/v1/me/announcements/" + id + "/read", tokenOf(owner), "");

        assertThat(read.<Boolean>json("$.read")).isTrue();
        var list = http.get("/api/v1/announcements?communityId=" + community, agent);
        assertThat(list.<String>json("$.items[0].id")).isEqualTo(id);
        assertThat(list.<Integer>json("$.items[0].reached")).isEqualTo(2);
        assertThat(list.<Integer>json("$.items[0].read")).isEqualTo(1);
        assertThat(http.get("/api/v1/me/announcements", tokenOf(tenant)).<Boolean>json("$.items[0].read")).isFalse();
    }

    @Test
    void namedUnitsNarrowTheAudience() {
        Recipient upstairs = Residents.owner(community, "unit-1201");
        Recipient downstairs = Residents.owner(community, "unit-0101");
        Residents.register(mongo, List.of(upstairs, downstairs));

        String id = publishAndAwait(agent, waterOutage("null", "[\"unit-1201\"]"));

        assertThat(inboxEntriesOf(upstairs.id(), id)).isOne();
        assertThat(inboxEntriesOf(downstairs.id(), id)).isZero();
    }

    /** The community's structure as facility-service publishes it: building id → its unit ids. */
    void structureOf(String communityId, Map<String, List<String>> buildings) throws Exception {
        EventPublishing.publish(kafka, new CommunityStructureChanged(UUID.randomUUID().toString(), communityId,
                Instant.now(), 1, "翠湖花园", buildings.entrySet().stream().map(building ->
                new CommunityStructureChanged.Building(building.getKey(), building.getKey(), building.getValue())).toList()));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(communityId)),
                "community_structures"));
    }

    static String toBuildings(String community, String buildings) {
        return """
                {"communityIds": ["%s"], "buildingIds": %s, "title": "电梯维保", "body": "周三 9:00–11:00 电梯停运"}
                """.formatted(community, buildings);
    }

    @Test
    void anAnnouncementToOneBuildingReachesOnlyItsResidents() throws Exception {
        structureOf(community, Map.of(community + "-b1", List.of("b1-101", "b1-102"), community + "-b2", List.of("b2-101")));
        Recipient first = Residents.owner(community, "b1-101");
        Recipient second = Residents.tenant(community, "b1-102");
        Recipient nextDoor = Residents.owner(community, "b2-101");
        Residents.register(mongo, List.of(first, second, nextDoor));

        String id = publishAndAwait(agent, toBuildings(community, "[\"" + community + "-b1\"]"));

        assertThat(inboxEntriesOf(first.id(), id)).isOne();
        assertThat(inboxEntriesOf(second.id(), id)).isOne();
        assertThat(inboxEntriesOf(nextDoor.id(), id)).isZero();
        assertThat(http.get("/api/v1/announcements/" + id, agent).<List<String>>json("$.buildingIds"))
                .containsExactly(community + "-b1");
    }

    @Test
    void aBuildingNotOfTheCommunityIsRefused() throws Exception {
        structureOf(community, Map.of(community + "-b1", List.of("b1-101")));
        structureOf(otherCommunity, Map.of(otherCommunity + "-b1", List.of("b1-101")));

        for (String building : List.of("nowhere", otherCommunity + "-b1")) {
            var refused = http.post("/api/v1/announcements", agent, toBuildings(community, "[\"" + building + "\"]"));
            assertThat(refused.status()).as("%s", refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anAdministratorAnnouncesToEveryoneButNoOtherStaff() {
        Recipient here = Residents.owner(community, "unit-101");
        Recipient there = Residents.tenant(otherCommunity, "unit-909");
        Recipient staff = Residents.customerService(community);
        Residents.register(mongo, List.of(here, there, staff));
        String everyone = """
                {"scope": "ALL", "title": "系统升级", "body": "今晚 1:00–2:00 App 暂停服务"}""";

        String admin = TestTokens.staff("admin-" + UUID.randomUUID(), "ADMIN").token();
        String id = publishAndAwait(admin, everyone);

        assertThat(inboxEntriesOf(here.id(), id)).isOne();
        assertThat(inboxEntriesOf(there.id(), id)).isOne();
        assertThat(inboxEntriesOf(staff.id(), id)).isZero();
        assertThat(http.get("/api/v1/announcements?communityId=" + community, agent).<List<String>>json("$.items[*].id"))
                .contains(id);
        String manager = TestTokens.staff("manager-" + UUID.randomUUID(), "PROPERTY_MANAGER", community).token();
        assertThat(http.post("/api/v1/announcements", manager, everyone).status()).isEqualTo(403);
        var namingSome = http.post("/api/v1/announcements", admin, """
                {"scope": "ALL", "communityIds": ["%s"], "title": "系统升级", "body": "今晚暂停服务"}""".formatted(community));
        assertThat(namingSome.status()).isEqualTo(422);
    }

    @Test
    void anUrgentAnnouncementIsTextedToEachResidentOnceEvenWhenResumed() {
        Recipient owner = Residents.owner(community, "unit-101");
        Recipient tenant = Residents.tenant(community, "unit-102");
        Recipient withTheApp = Residents.owner(community, "unit-103");
        Residents.register(mongo, List.of(owner, tenant, withTheApp));
        devices.register(withTheApp.id(), "device-" + UUID.randomUUID(), Device.Platform.ANDROID, "3.2.0", clock.instant());

        String urgent = publishAndAwait(agent, waterOutage("[\"" + community + "\"]", "null"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(urgent)), new Update().set("state", "PUBLISHING")
                .set("fanOutHeldUntil", clock.instant().minusSeconds(1)), "announcements");
        fanOut.sweep();
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(urgent)
                .and("state").is("PUBLISHED")), "announcements"));

        for (Recipient resident : List.of(owner, tenant)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !sink.sentTo(resident.phone(), 10).isEmpty());
            assertThat(sink.sentTo(resident.phone(), 10)).singleElement()
                    .satisfies(text -> assertThat(text.text()).contains("停水通知"));
            assertThat(mongo.count(Query.query(Criteria.where("eventId").is(urgent).and("recipientId").is(resident.id())),
                    OutboundDelivery.class, "deliveries")).isOne();
        }
        // who has the app gets a push first, like an escalation: an SMS follows only if it stays unread
        assertThat(mongo.find(Query.query(Criteria.where("eventId").is(urgent).and("recipientId").is(withTheApp.id())),
                OutboundDelivery.class, "deliveries")).singleElement().satisfies(push -> {
                    assertThat(push.channel()).isEqualTo("PUSH");
                    assertThat(push.fallbackAt()).isNotNull();
                });
        assertThat(sink.sentTo(withTheApp.phone(), 10)).isEmpty();
    }

    @Test
    void anAnnouncementThatIsNotUrgentIsNotTexted() {
        Recipient owner = Residents.owner(community, "unit-101");
        Residents.register(mongo, List.of(owner));

        String id = publishAndAwait(agent, """
                {"title": "消防演练通知", "body": "本周六上午十点全小区消防演练", "urgent": false}""");

        assertThat(inboxEntriesOf(owner.id(), id)).isOne();
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(id)), OutboundDelivery.class, "deliveries")).isZero();
    }

    @Test
    void staffAnnounceOnlyToTheirOwnCommunitiesButAnAdministratorToAny() {
        var refused = http.post("/api/v1/announcements", agent, waterOutage("[\"" + otherCommunity + "\"]", "null"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Residents.register(mongo, List.of(Residents.owner(otherCommunity, "unit-101")));
        String admin = TestTokens.staff("admin-" + UUID.randomUUID(), "ADMIN").token();
        String id = publishAndAwait(admin, waterOutage("[\"" + otherCommunity + "\"]", "null"));
        assertThat(http.get("/api/v1/announcements/" + id, admin).<Integer>json("$.reached")).isOne();
    }

    @Test
    void shouldRejectAnAnnouncementWithoutTitleOrWithMalformedJson() {
        var untitled = http.post("/api/v1/announcements", agent, """
                {"body": "明日停水", "urgent": false}""");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.contentType()).startsWith("application/problem+json");
        assertThat(http.post("/api/v1/announcements", agent, "{\"title\": ").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/announcements", agent).status()).isEqualTo(400);
        String nowhere = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE").token();
        assertThat(http.post("/api/v1/announcements", nowhere, waterOutage("null", "null")).status()).isEqualTo(422);
    }

    @Test
    void aFanOutInterruptedHalfWayIsFinishedByTheSweeperWithoutDuplicates() {
        List<Recipient> residents = List.of(Residents.owner(community, "unit-101"), Residents.owner(community, "unit-102"),
                Residents.tenant(community, "unit-103"));
        Residents.register(mongo, residents);
        Instant crashedAt = Instant.now().minusSeconds(600);
        Announcement interrupted = new Announcement(UUID.randomUUID().toString(), Announcement.Scope.COMMUNITIES, List.of(community), List.of(), List.of(), "停电通知",
                "配电房检修", false, "agent-1", crashedAt, Announcement.State.PUBLISHING, crashedAt.plusSeconds(120), null);
        mongo.insert(interrupted, "announcements");
        mongo.insert(new InboxEntry(null, interrupted.id(), residents.getFirst().id(), InboxEntry.IN_APP,
                Announcement.KIND, "停电通知", "配电房检修", Announcement.KIND, interrupted.id(), crashedAt, null, "NORMAL"), "inbox");

        fanOut.sweep();

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is(interrupted.id()).and("state").is("PUBLISHED")), "announcements"));
        residents.forEach(resident -> assertThat(inboxEntriesOf(resident.id(), interrupted.id())).isOne());
    }
}
