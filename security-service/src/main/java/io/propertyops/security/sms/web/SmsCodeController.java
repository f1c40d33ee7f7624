package io.propertyops.security.sms.web;

import io.propertyops.security.sms.application.SmsCodeGrant;
import io.propertyops.security.sms.application.SmsCodes;
import io.propertyops.security.sms.domain.LoginCode;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "SMS login", description = "One-time codes for owners' phone login (短信验证码登录)")
class SmsCodeController {

    private final SmsCodes codes;

    SmsCodeController(SmsCodes codes) {
        this.codes = codes;
    }

    record CodeRequest(@NotNull @Pattern(regexp = "1[0-9]{10}", message = "must be an 11-digit mobile number") String phone) {
    }

    record CodeSent(long expiresInSeconds) {
    }

    @PostMapping("/login/sms-code")
    @Operation(operationId = "requestSmsCode", summary = "Send a one-time login code to a phone",
            description = "Answers 202 whether or not the phone has an account. Then exchange the code at "
                    + "/oauth2/token with grant_type=" + SmsCodeGrant.GRANT_TYPE + ", phone, code and client_id.")
    ResponseEntity<CodeSent> request(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        codes.request(body.phone(), request.getRemoteAddr());
        return ResponseEntity.accepted().body(new CodeSent(LoginCode.LIFETIME.toSeconds()));
    }

    @ExceptionHandler(SmsCodes.TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(SmsCodes.TooManyRequests e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", e.getMessage()));
    }
}
