package io.propertyops.security.token.web;

import io.propertyops.security.audit.application.AuditLog;
import io.propertyops.security.token.application.KeyRing;
import io.propertyops.security.token.domain.SigningKey;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@Tag(name = "Signing keys", description = "The keys tokens are signed with")
class SigningKeyController {

    private final KeyRing keys;
    private final AuditLog audit;

    SigningKeyController(KeyRing keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    record RotatedKey(String keyId, long generation, Instant createdAt) {
    }

    @PostMapping("/api/v1/signing-keys/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(roles = {Roles.ADMIN})
    @Operation(operationId = "rotateSigningKey", summary = "Start signing tokens with a new key",
            description = "The previous keys stay published at /oauth2/jwks, so tokens they signed keep working until "
                    + "they expire; resource servers fetch the new key when they first see its kid.")
    RotatedKey rotate(Caller caller) {
        SigningKey key = keys.rotate();
        audit.record("SIGNING_KEY_ROTATED", null, caller.id(), null, key.keyId());
        return new RotatedKey(key.keyId(), key.generation(), key.createdAt());
    }
}
