package io.propertyops.notification.delivery.application;



/** Whether a person has read, in the app, the message an event brought them: the inbox answers. */
public interface ReadReceipts {

    boolean read(String eventId, String recipientId);
}
