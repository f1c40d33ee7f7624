package io.propertyops.notification.delivery.messaging;

import io.propertyops.notification.delivery.application.Channel;
import io.propertyops.notification.delivery.domain.OutboundDelivery;

import io.propertyops.notification.device.domain.Device;
import io.propertyops.notification.device.application.Devices;
import java.util.List;
import org.springframework.stereotype.Component;

/** Push to the app devices the person has registered when it is sent, through the configured {@link PushProvider}. */
@Component
class PushChannel implements Channel {

    private final Devices devices;
    private final PushProvider provider;

    PushChannel(Devices devices, PushProvider provider) {
        this.devices = devices;
        this.provider = provider;
    }

    @Override
    public String name() {
        return "PUSH";
    }

    @Override
    public void send(OutboundDelivery delivery) throws Exception {
        List<String> tokens = devices.of(delivery.recipientId()).stream().map(Device::token).toList();
        if (tokens.isEmpty()) {
            throw new IllegalStateException("the person has no app device registered any more");
        }
        provider.push(new PushProvider.Push(delivery.id(), delivery.recipientId(), tokens, delivery.title(),
                delivery.body(), delivery.priority()));
    }
}
