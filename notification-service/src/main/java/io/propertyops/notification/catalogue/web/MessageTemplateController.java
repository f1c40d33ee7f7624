package io.propertyops.notification.catalogue.web;

import io.propertyops.notification.catalogue.application.MessageTemplates;
import io.propertyops.notification.catalogue.domain.MessageRule;

import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Message templates", description = "What each kind of message says, per language")
class MessageTemplateController {

    private final MessageTemplates templates;

    MessageTemplateController(MessageTemplates templates) {
        this.templates = templates;
    }

    record TemplateView(String kind, String language, String title, String body) {
    }

    record TemplateInput(@Schema(example = "已派单：{number}") @NotBlank @Size(max = 200) String title,
                         @Schema(example = "您的工单 {number} 已派给维修师傅。") @NotBlank @Size(max = 1000) String body) {
    }

    @GetMapping("/api/v1/message-templates")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listMessageTemplates", summary = "Every kind of message as it reads now, in Chinese and English")
    List<TemplateView> list() {
        return templates.kinds().stream().flatMap(kind -> List.of("zh-CN", "en").stream().map(language -> {
            MessageRule.Template template = templates.effective(kind, language);
            return new TemplateView(kind, language, template.title(), template.body());
        })).toList();
    }

    @PutMapping("/api/v1/message-templates/{kind}/{language}")
    @Allowed(roles = Roles.ADMIN)
    @Operation(operationId = "editMessageTemplate", summary = "Change what a kind of message says in a language",
            description = "Placeholders such as {number} must be fields of the events the kind is sent on; anything "
                    + "else is refused (422), so no message goes out with a hole in it.")
    TemplateView edit(@PathVariable @Pattern(regexp = "[A-Z0-9_]{2,60}") String kind,
                      @PathVariable @Pattern(regexp = "zh-CN|en") String language,
                      @Valid @RequestBody TemplateInput body) {
        if (!templates.kinds().contains(kind)) {
            throw new NotFoundException("Message kind", kind);
        }
        try {
            MessageRule.Template saved = templates.save(kind, language, body.title(), body.body());
            return new TemplateView(kind, language, saved.title(), saved.body());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("invalid-template", "body", e.getMessage());
        }
    }
}
