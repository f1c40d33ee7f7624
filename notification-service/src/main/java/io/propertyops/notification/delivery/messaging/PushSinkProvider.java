package io.propertyops.notification.delivery.messaging;

import io.propertyops.notification.delivery.application.PushSink;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Push into the development sink (visible at {@code /api/v1/admin/push-sink}) while no provider is configured
 * ({@code propertyops.notification.push.provider-url}, see {@link HttpPushProvider}).
 */
@Component
@ConditionalOnExpression("'${propertyops.notification.push.provider-url:}'.isEmpty()")
class PushSinkProvider implements PushProvider {

    private final PushSink sink;
    private final Clock clock;

    PushSinkProvider(PushSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void push(Push push) {
        sink.send("delivery:" + push.reference(), push.personId(), push.deviceTokens(), push.title(), push.body(),
                clock.instant());
    }
}
