package io.propertyops.notification.delivery.web;

import io.propertyops.notification.delivery.application.PushSink;
import io.propertyops.notification.delivery.domain.SentPush;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Push sink", description = "What the development push channel would have sent")
class PushSinkController {

    private final PushSink sink;

    PushSinkController(PushSink sink) {
        this.sink = sink;
    }

    @GetMapping("/api/v1/admin/push-sink")
    @Allowed(roles = {Roles.ADMIN})
    @Operation(operationId = "listSentPushes", summary = "Pushes the development push sink recorded for a person, newest first")
    List<SentPush> sentTo(@RequestParam @Size(min = 1, max = 64) String personId) {
        return sink.sentTo(personId, 20);
    }
}
