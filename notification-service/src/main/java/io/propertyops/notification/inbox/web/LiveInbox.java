package io.propertyops.notification.inbox.web;

import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream of a person's inbox (Server-Sent Events) for the staff portal. Each open stream is fed from the
 * inbox itself, read every {@code interval}, so a message written by whichever replica consumed its event reaches
 * a portal connected to any replica.
 */
@Component
class LiveInbox implements SmartLifecycle {

    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    /** One open stream, and what it has been sent. */
    private static final class Listener {
        final SseEmitter emitter;
        Instant since;
        final Set<String> sent = new LinkedHashSet<>();

        Listener(SseEmitter emitter, Instant since) {
            this.emitter = emitter;
            this.since = since;
        }
    }

    private final Inbox inbox;
    private final Clock clock;
    private final Duration interval;
    private final Duration heartbeat;
    private final Map<String, List<Listener>> byRecipient = new ConcurrentHashMap<>();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean running;

    LiveInbox(Inbox inbox, Clock clock,
              @Value("${propertyops.notification.live-interval:PT1S}") Duration interval,
              @Value("${propertyops.notification.live-heartbeat:PT15S}") Duration heartbeat) {
        this.inbox = inbox;
        this.clock = clock;
        this.interval = interval;
        this.heartbeat = heartbeat;
        scheduler.setThreadNamePrefix("live-inbox-");
    }

    /** Opens a stream of the messages that reach the person from now on; it ends after 30 minutes (clients reconnect). */
    SseEmitter open(String recipientId) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Listener listener = new Listener(emitter, clock.instant());
        byRecipient.computeIfAbsent(recipientId, id -> new CopyOnWriteArrayList<>()).add(listener);
        Runnable forget = () -> byRecipient.getOrDefault(recipientId, List.of()).remove(listener);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException gone) {
            forget.run();
        }
        return emitter;
    }

    void push() {
        byRecipient.forEach((recipientId, listeners) -> {
            for (Listener listener : listeners) {
                List<InboxEntry> fresh = inbox.since(recipientId, listener.since, 100);
                try {
                    for (InboxEntry entry : fresh) {
                        if (listener.sent.add(entry.id())) {
                            listener.emitter.send(SseEmitter.event().name("notification").id(entry.id())
                                    .data(MyNotificationsController.NotificationView.of(entry)));
                        }
                        listener.since = entry.createdAt();
                    }
                    while (listener.sent.size() > 1_000) {
                        listener.sent.remove(listener.sent.iterator().next());
                    }
                } catch (IOException | IllegalStateException gone) {
                    listeners.remove(listener);
                }
            }
        });
    }

    /**
     * A comment line on every open stream, so a quiet stream is not taken for a dead one: the gateway (and any proxy)
     * cuts a response that reads nothing for its response timeout (30 s), and a client learns of a lost stream.
     */
    void keepAlive() {
        byRecipient.forEach((recipientId, listeners) -> {
            for (Listener listener : listeners) {
                try {
                    listener.emitter.send(SseEmitter.event().comment("keep-alive"));
                } catch (IOException | IllegalStateException gone) {
                    listeners.remove(listener);
                }
            }
        });
    }

    @Override
    public void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::push, interval);
        scheduler.scheduleWithFixedDelay(this::keepAlive, heartbeat);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        byRecipient.values().forEach(listeners -> listeners.forEach(listener -> listener.emitter.complete()));
        scheduler.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
