package io.propertyops.notification.delivery.messaging;

import io.propertyops.notification.delivery.application.Channel;
import io.propertyops.notification.delivery.domain.OutboundDelivery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP through the relay configured with {@code spring.mail.host}. Without one, every attempt fails and
 * the deliveries wait, as they would for a relay that is down.
 */
@Component
class EmailChannel implements Channel {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mail,
                 @Value("${propertyops.notification.mail-from:noreply@propertyops.local}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String name() {
        return "EMAIL";
    }

    @Override
    public void send(OutboundDelivery delivery) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(delivery.address());
        message.setSubject(delivery.title());
        message.setText(delivery.body());
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP relay is configured (spring.mail.host)");
        }
        sender.send(message);
    }
}
