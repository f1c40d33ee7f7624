package io.propertyops.notification;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.notification.directory.domain.CommunityRoles;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A community's households for tests of what residents are told: two owners and a tenant of 601 (the tenant reads
 * English once {@link #english} says so), the owner of 602, a supervisor, and the owner of a unit in another
 * community; registered on the real broker, and known to the directory's unit memberships when this returns.
 */
public class Households {

    public final String community;
    public final String unit601;
    public final String unit602;
    public final String elsewhere = "community-" + UUID.randomUUID();
    public final PersonRegistered owner601;
    public final PersonRegistered tenant601;
    public final PersonRegistered owner602;
    public final PersonRegistered supervisor;
    public final PersonRegistered stranger;

    private final TestHttp http;

    public Households(TestHttp http, KafkaTemplate<String, byte[]> kafka, StaffRoles roles, String community,
                      Instant at) throws Exception {
        this.http = http;
        this.community = community;
        unit601 = community + "-601";
        unit602 = community + "-602";
        owner601 = People.owner("李娜", community, unit601).at(at).registered();
        tenant601 = People.owner("Anna Schmidt", community, unit601).roles("RESIDENT").at(at).registered();
        owner602 = People.owner("王强", community, unit602).at(at).registered();
        supervisor = People.staff("郑华", "SUPERVISOR", community).at(at).registered();
        stranger = People.owner("陈静", elsewhere, elsewhere + "-601").at(at).registered();
        EventPublishing.publish(kafka, owner601, tenant601, owner602, supervisor, stranger);
        String at601 = CommunityRoles.unitKey(unit601);
        String at602 = CommunityRoles.unitKey(unit602);
        String atStranger = CommunityRoles.unitKey(elsewhere + "-601");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var units = roles.members(List.of(at601, at602, atStranger));
            return units.getOrDefault(at601, List.of()).containsAll(List.of(owner601.aggregateId(), tenant601.aggregateId()))
                    && units.getOrDefault(at602, List.of()).contains(owner602.aggregateId())
                    && units.getOrDefault(atStranger, List.of()).contains(stranger.aggregateId());
        });
    }

    public String owner601() {
        return TestTokens.owner(owner601.aggregateId(), community, unit601).token();
    }

    public String tenant601() {
        return TestTokens.owner(tenant601.aggregateId(), community, unit601).token();
    }

    public String owner602() {
        return TestTokens.owner(owner602.aggregateId(), community, unit602).token();
    }

    public String supervisor() {
        return TestTokens.staff(supervisor.aggregateId(), "SUPERVISOR", community).token();
    }

    public String stranger() {
        return TestTokens.owner(stranger.aggregateId(), elsewhere, elsewhere + "-601").token();
    }

    /** The person of this token reads their messages in English from now on, in the inbox only. */
    public void english(String token) {
        var saved = http.send(http.request("/api/v1/me/notification-preferences", token)
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"channels\": {\"*\": [\"IN_APP\"]}, \"language\": \"en\"}")));
        if (saved.status() != 200) {
            throw new AssertionError(saved.toString());
        }
    }

    /** The kinds of the messages in the inbox of this token's person, newest first. */
    public List<String> kinds(String token) {
        return inbox(token).<List<String>>json("$.items[*].kind");
    }

    /** The inbox of this token's person, newest first. */
    public TestHttp.Response inbox(String token) {
        TestHttp.Response inbox = http.get("/api/v1/me/notifications", token);
        if (inbox.status() != 200) {
            throw new AssertionError(inbox.toString());
        }
        return inbox;
    }
}
