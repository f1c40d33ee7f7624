package io.propertyops.ticket;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import io.propertyops.ticket.workorder.application.TicketScopes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class TicketAuthorizationMatrixTest extends AuthorizationMatrix {

    static final String C1 = "matrix-c1";
    static final String C2 = "matrix-c2";

    @Override
    protected List<OwnedObject> ownedObjects() {
        TestTokens.Builder ownerA = TestTokens.owner("owner-a-" + UUID.randomUUID(), C1, "unit-a");
        var created = http().post("/api/v1/tickets", ownerA.token(), """
                {"unitId": "unit-a", "kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL", "title": "阳台地漏堵塞"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        return List.of(new OwnedObject("owner A's work order in C1", Map.of("id", created.json("$.id")),
                MatrixCaller.of("owner A", ownerA),
                List.of(MatrixCaller.of("the owner of another unit in C1", TestTokens.owner("owner-b", C1, "unit-b")),
                        MatrixCaller.of("customer service of C2", TestTokens.staff("cs-c2", "CUSTOMER_SERVICE", C2)),
                        MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", C2)),
                        MatrixCaller.of("a technician of C1", TestTokens.staff("tech-c1", "TECHNICIAN", C1)),
                        MatrixCaller.of("an integration client of C2 with both scopes",
                                TestTokens.integration("crm-c2", C2).scopes(TicketScopes.READ, TicketScopes.WRITE)),
                        MatrixCaller.of("an integration client of C1 without tickets.read",
                                TestTokens.integration("crm-c1", C1).scopes(TicketScopes.WRITE)))),
                new OwnedObject("community C1's SLA policy", Map.of("communityId", C1),
                        MatrixCaller.of("a supervisor of C1", TestTokens.staff("supervisor-c1", "SUPERVISOR", C1)),
                        List.of(MatrixCaller.of("customer service of C2", TestTokens.staff("cs-c2", "CUSTOMER_SERVICE", C2)),
                                MatrixCaller.of("a property manager of C2", TestTokens.staff("pm-c2", "PROPERTY_MANAGER", C2)),
                                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", C2)),
                                MatrixCaller.of("owner A of C1", ownerA),
                                MatrixCaller.of("a technician of C1", TestTokens.staff("tech-c1", "TECHNICIAN", C1)),
                                MatrixCaller.of("an integration client of C1 with both scopes",
                                        TestTokens.integration("crm-c1", C1).scopes(TicketScopes.READ, TicketScopes.WRITE))))
                        .under("/api/v1/sla-policies/"),
                new OwnedObject("community C1's price list", Map.of("communityId", C1),
                        MatrixCaller.of("owner A of C1", ownerA),
                        List.of(MatrixCaller.of("an owner of C2", TestTokens.owner("owner-c2", C2, "unit-c2")),
                                MatrixCaller.of("a property manager of C2", TestTokens.staff("pm-c2", "PROPERTY_MANAGER", C2)),
                                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", C2)),
                                MatrixCaller.of("a technician of C2", TestTokens.staff("tech-c2", "TECHNICIAN", C2)),
                                MatrixCaller.of("an integration client of C1 with both scopes",
                                        TestTokens.integration("crm-c1", C1).scopes(TicketScopes.READ, TicketScopes.WRITE))))
                        .under("/api/v1/price-lists/"));
    }
}
