package io.propertyops.billing.payment.application;

import java.util.Map;

/**
 * The development sandbox's stand-in for the owner paying in their payment app: it pays the order with the provider
 * and answers the notification the provider would send, signed and encrypted with the sandbox's development key, which
 * then goes through the same verification as a real one. Absent where the sandbox is turned off.
 */
public interface PaymentSimulator {

    /** The notification, as headers by lower-case name and body, that the order was paid in full. */
    SignedNotification pay(String outTradeNo, long amountFen);

    record SignedNotification(Map<String, String> headers, byte[] body) {
    }
}
