package io.propertyops.local.faults;

import io.propertyops.testsupport.PkceLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The owners of the demo estate ({@code deploy/local/demo/estate.json}), each with a unit to report from. */
final class DemoOwners {

    private static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

    /** An owner signed in: reports for {@code unitId}, is told in the inbox of {@code personId}. */
    record Owner(String username, String personId, String unitId, String token) {

        @Override
        public String toString() {
            return username;
        }
    }

    private DemoOwners() {
    }

    /** The first {@code count} owners, each signed in through the gateway (authorization code + PKCE). */
    static List<Owner> signIn(Path repoRoot, String gatewayUrl, String password, int count) {
        JsonNode estate = JsonMapper.builder().build().readTree(repoRoot.resolve("deploy/local/demo/estate.json").toFile());
        List<Owner> owners = new ArrayList<>();
        for (JsonNode person : estate.get("people")) {
            boolean owner = person.get("roles").valueStream().anyMatch(role -> role.asString().equals("OWNER"));
            if (owner && !person.get("unitIds").isEmpty() && owners.size() < count) {
                String username = person.get("username").asString();
                String token = PkceLogin.against(URI.create(gatewayUrl))
                        .login("propertyops-app", REDIRECT_URI, "openid profile", username, password)
                        .accessToken();
                owners.add(new Owner(username, person.get("id").asString(), person.get("unitIds").get(0).asString(), token));
            }
        }
        if (owners.size() < count) {
            throw new IllegalStateException("the demo estate has " + owners.size() + " owners with a unit, not " + count);
        }
        return owners;
    }
}
