package io.propertyops.notification.delivery.messaging;

import io.propertyops.notification.delivery.application.Channel;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.notification.delivery.application.SmsSink;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * SMS into the development sink (visible at {@code /api/v1/admin/sms-sink}) while no provider is configured
 * ({@code propertyops.notification.sms.provider-url}, see {@link HttpSmsChannel}): what
 * would have been sent, recorded once per delivery.
 */
@Component
@ConditionalOnExpression("'${propertyops.notification.sms.provider-url:}'.isEmpty()")
class SmsSinkChannel implements Channel {

    private final SmsSink sink;
    private final Clock clock;

    SmsSinkChannel(SmsSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "SMS";
    }

    @Override
    public void send(OutboundDelivery delivery) {
        sink.send("delivery:" + delivery.id(), delivery.address(), "【物业服务】" + delivery.text(),
                clock.instant());
    }
}
