package io.propertyops.security.sms.application;

import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.security.sms.domain.LoginCode;

import java.util.Optional;

/** The live login code of each phone. */
public interface LoginCodes {

    /** Makes this the phone's live code, with the event that delivers it, which the outbox publishes. */
    void replace(LoginCode code, SmsCodeRequested delivery);

    Optional<LoginCode> live(String phone);

    void countWrongAttempt(String phone);

    /** Removes the phone's code if it is still this one; true only for the call that removed it. */
    boolean use(String phone, String codeHash);
}
