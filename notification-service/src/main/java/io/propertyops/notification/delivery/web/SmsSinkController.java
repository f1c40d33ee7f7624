package io.propertyops.notification.delivery.web;

import io.propertyops.notification.delivery.application.SmsSink;
import io.propertyops.notification.delivery.domain.SentText;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@Tag(name = "SMS sink", description = "What the development SMS channel would have sent")
class SmsSinkController {

    private final SmsSink sink;

    SmsSinkController(SmsSink sink) {
        this.sink = sink;
    }

    @GetMapping("/api/v1/admin/sms-sink")
    @Allowed(roles = {Roles.ADMIN})
    @Operation(operationId = "listSentTexts", summary = "Texts the development SMS sink recorded for a phone, newest first")
    List<SentText> sentTo(@RequestParam @Pattern(regexp = "1[0-9]{10}") String phone) {
        return sink.sentTo(phone, 20);
    }
}
