package io.propertyops.notification.webhook.application;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** POSTs a delivery to an endpoint, connecting only to addresses the endpoint policy allows. */
public interface WebhookPoster {

    /**
     * POSTs the body and answers the status.
     *
     * @throws IOException when no answer came, including when the host now resolves inside our network
     */
    int post(URI endpoint, Map<String, String> headers, String body, String contentType) throws IOException;
}
