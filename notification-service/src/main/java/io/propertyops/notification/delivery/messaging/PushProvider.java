package io.propertyops.notification.delivery.messaging;



import java.util.List;

/** Where push messages go: a deployment's push provider, or the development sink while none is configured. */
interface PushProvider {

    /** One message to all of a person's devices. */
    record Push(String reference, String personId, List<String> deviceTokens, String title, String body, String priority) {
    }

    /** Pushes it or throws; a throw is a failed attempt that will be retried. */
    void push(Push push) throws Exception;
}
