package io.propertyops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.testsupport.TestHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The service desk finds the person on the phone among a community's people: by the first digits of their phone or
 * the whole number, by name or username, a page at a time with the total in a header, and never someone of a
 * community the caller does not work in. Each test has two communities of its own, so other tests' people do not
 * count.
 */
class AccountSearchTest extends SecurityServiceTest {

    @Autowired
    JwtEncoder encoder;
    @Autowired
    java.time.Clock clock;

    final TestHttp http = TestHttp.at(issuer());
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String here = "c-search-a-" + suffix;
    final String there = "c-search-b-" + suffix;
    String admin;
    String managerHere;

    @BeforeEach
    void twoCommunities() {
        admin = token("search-admin", "ADMIN", List.of());
        managerHere = token("search-manager", "PROPERTY_MANAGER", List.of(here));
        open("liming", "李明", "13912340001", "CUSTOMER_SERVICE", here);
        open("LiXiaolong", "李小龙", "13912340002", "TECHNICIAN", here);
        open("wangqiang", "王强", "15000001234", "SUPERVISOR", here, there);
        open("liming-b", "李明", "13912349999", "CLEANER", there);
    }

    @Test
    void findsByTheWholeNumberOrItsFirstDigits() {
        var exact = find(managerHere, "phone=13912340001");
        assertThat(exact.<List<String>>json("$[*].name")).containsExactly("李明");
        assertThat(exact.header("X-Total-Count")).isEqualTo("1");

        var prefix = find(managerHere, "phone=1391234");
        assertThat(prefix.<List<String>>json("$[*].phone")).as("by username: LiXiaolong, liming")
                .containsExactly("13912340002", "13912340001");
        assertThat(prefix.header("X-Total-Count")).isEqualTo("2");
        assertThat(find(managerHere, "phone=%2B1391").<List<String>>json("$[*].phone")).as("a leading + is ignored")
                .containsExactly("13912340002", "13912340001");
        assertThat(find(managerHere, "phone=3912340001").<List<?>>json("$")).as("the digits a phone begins with").isEmpty();
    }

    @Test
    void findsByNameOrUsernameIgnoringCaseAndOfTheRolesAsked() {
        assertThat(find(managerHere, "q=" + encoded("李")).<List<String>>json("$[*].username"))
                .containsExactly("LiXiaolong-" + suffix, "liming-" + suffix);
        assertThat(find(managerHere, "q=XIAOLONG").<List<String>>json("$[*].name")).containsExactly("李小龙");
        assertThat(find(managerHere, "q=" + encoded(" 王强 ")).<List<String>>json("$[*].name")).containsExactly("王强");
        assertThat(find(managerHere, "q=" + encoded("李") + "&phone=13912340002").<List<String>>json("$[*].name"))
                .as("the filters combine").containsExactly("李小龙");
        assertThat(find(managerHere, "role=TECHNICIAN&role=SUPERVISOR").<List<String>>json("$[*].name"))
                .containsExactly("李小龙", "王强");
        assertThat(find(managerHere, "q=.*").<List<?>>json("$")).as("taken literally").isEmpty();
    }

    @Test
    void neverFindsThePeopleOfAnotherCommunity() {
        assertThat(find(managerHere, "phone=13912349999").<List<?>>json("$")).isEmpty();
        assertThat(find(managerHere, "q=" + encoded("李明")).<List<String>>json("$[*].phone")).containsExactly("13912340001");

        var elsewhere = http.get("/api/v1/accounts?communityId=" + there + "&q=" + encoded("李"), managerHere);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.<List<?>>json("$")).isEmpty();
        assertThat(elsewhere.header("X-Total-Count")).isEqualTo("0");

        var asAdmin = http.get("/api/v1/accounts?communityId=" + there + "&q=" + encoded("李"), admin);
        assertThat(asAdmin.<List<String>>json("$[*].phone")).as("an administrator reaches every community")
                .containsExactly("13912349999");
    }

    @Test
    void listsEveryoneAPageAtATimeByUsernameWithTheTotal() {
        var everyone = find(managerHere, "");
        assertThat(everyone.<List<String>>json("$[*].username"))
                .as("by username, as stored: capitals first").containsExactly("LiXiaolong-" + suffix, "liming-" + suffix, "wangqiang-" + suffix);
        assertThat(everyone.header("X-Total-Count")).isEqualTo("3");

        var second = find(managerHere, "limit=2&page=1");
        assertThat(second.<List<String>>json("$[*].username")).containsExactly("wangqiang-" + suffix);
        assertThat(second.header("X-Total-Count")).isEqualTo("3");
        var first = find(managerHere, "limit=2");
        assertThat(first.<List<String>>json("$[*].username")).containsExactly("LiXiaolong-" + suffix, "liming-" + suffix);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(find(managerHere, "limit=2&page=2").<List<?>>json("$")).isEmpty();
    }

    @Test
    void answersWhatTheDeskNeedsToLogARequestForAnOwner() {
        var owner = http.get("/api/v1/accounts?communityId=" + COMMUNITY + "&phone=13800000001&role=OWNER&role=RESIDENT",
                token("search-agent", "CUSTOMER_SERVICE", List.of(COMMUNITY)));
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        assertThat(owner.<String>json("$[0].id")).isEqualTo(OWNER_ID);
        assertThat(owner.<String>json("$[0].name")).isEqualTo("张伟");
        assertThat(owner.<String>json("$[0].phone")).isEqualTo("13800000001");
        assertThat(owner.<List<String>>json("$[0].roles")).containsExactly("OWNER");
        assertThat(owner.<List<String>>json("$[0].unitIds")).containsExactly(OWNER_UNIT);
    }

    @Test
    void refusesAShortPhoneALongTextAndAnUnknownRoleNamingTheParameter() {
        assertBadParameter(find(managerHere, "phone=139"), "phone");
        assertBadParameter(find(managerHere, "phone=139-1234"), "phone");
        assertBadParameter(find(managerHere, "q=" + "李".repeat(65)), "q");
        assertBadParameter(find(managerHere, "q=a%01b"), "q");
        assertBadParameter(find(managerHere, "role=NOBODY"), "role");
        assertBadParameter(find(managerHere, "limit=501"), "limit");
    }

    static void assertBadParameter(TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isIn("validation-failed", "invalid-parameter");
        // a parameter's constraint is named as Bean Validation names it, after the method ("list.phone"); the portal
        // places an error by the field's last segment
        assertThat(response.<List<String>>json("$.errors[*].field")).singleElement()
                .satisfies(named -> assertThat(named.substring(named.lastIndexOf('.') + 1)).isEqualTo(field));
    }

    TestHttp.Response find(String token, String query) {
        var response = http.get("/api/v1/accounts?communityId=" + here + (query.isEmpty() ? "" : "&" + query), token);
        assertThat(response.status()).as(response.toString()).isIn(200, 400);
        return response;
    }

    void open(String username, String name, String phone, String role, String... communities) {
        var opened = http.post("/api/v1/accounts", admin, """
                {"username": "%s-%s", "name": "%s", "phone": "%s", "roles": ["%s"], "communityIds": %s,
                 "initialPassword": "%s"}""".formatted(username, suffix, name, phone, role,
                List.of(communities).stream().map(c -> "\"" + c + "\"").toList(), StaffAdministrationTest.STRONG_PASSWORD));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    String token(String subject, String role, List<String> communities) {
        return ServerTokens.mint(encoder, issuer(), clock.instant(), subject + "-" + suffix, List.of(role), communities, List.of());
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
