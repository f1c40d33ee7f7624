package io.propertyops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ServiceTest
class NotificationAuthorizationMatrixTest extends AuthorizationMatrix {

    @Override
    protected List<OwnedObject> ownedObjects() {
        TestTokens.Builder ownerA = TestTokens.owner("owner-a-" + UUID.randomUUID(), COMMUNITY, "unit-a");
        String device = "fcm-" + UUID.randomUUID();
        var registered = http().send(http().request("/api/v1/me/devices/" + device, ownerA.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"platform\": \"ANDROID\", \"appVersion\": \"3.2.0\"}")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);

        return List.of(new OwnedObject("owner A's app device", Map.of("deviceToken", device),
                MatrixCaller.of("owner A", ownerA),
                List.of(MatrixCaller.of("the owner of another unit", TestTokens.owner("owner-b", COMMUNITY, "unit-b")),
                        MatrixCaller.of("an admin", TestTokens.staff("admin-1", "ADMIN", COMMUNITY)),
                        MatrixCaller.of("customer service", TestTokens.staff("cs-1", "CUSTOMER_SERVICE", COMMUNITY)))));
    }
}
