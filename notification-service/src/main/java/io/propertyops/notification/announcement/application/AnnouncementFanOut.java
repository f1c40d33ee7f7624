package io.propertyops.notification.announcement.application;

import io.propertyops.notification.announcement.domain.Announcement;
import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.notification.device.application.Devices;
import io.propertyops.notification.directory.application.CommunityStructures;
import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an announcement into every resident's inbox with unordered bulk inserts, one batch at a time. The inbox's
 * unique key (event, recipient, channel) makes a repeated batch harmless, so a fan-out that stopped half-way — a
 * crash, a restart — is simply run again from the start by the sweeper once its hold has lapsed.
 * <p>
 * An urgent announcement (a water outage, a gas leak) also goes to each resident the way an escalation does: a push
 * to whoever has an app device, followed by an SMS if it is still unread after a few minutes, and an SMS at once to
 * whoever has none. The deliveries are written in the same batches, each at most once by their unique key
 * (announcement, person, channel), so a resumed fan-out never texts anyone twice. It is sent at once, whatever the person's channel preferences and
 * quiet hours: like an escalation, "urgent" means it cannot wait until morning — a notice at 23:00 that the water
 * goes off at 06:00 is useless at 08:00 — so staff mark urgent only what is worth waking people for, and
 * everything else waits in the inbox.
 */
@Component
@EnableConfigurationProperties(AnnouncementProperties.class)
public class AnnouncementFanOut implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnnouncementFanOut.class);

    private final AnnouncementStore announcements;
    private final Inbox inbox;
    private final RecipientDirectory directory;
    private final CommunityStructures structures;
    private final Deliveries deliveries;
    private final Devices devices;
    private final AnnouncementProperties properties;
    private final Clock clock;
    private final ThreadPoolTaskExecutor immediate = new ThreadPoolTaskExecutor();
    private final ThreadPoolTaskScheduler sweeper = new ThreadPoolTaskScheduler();
    private volatile boolean running;

    AnnouncementFanOut(AnnouncementStore announcements, Inbox inbox, RecipientDirectory directory, CommunityStructures structures,
                       Deliveries deliveries, Devices devices, AnnouncementProperties properties, Clock clock) {
        this.announcements = announcements;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.devices = devices;
        this.directory = directory;
        this.structures = structures;
        this.properties = properties;
        this.clock = clock;
        immediate.setThreadNamePrefix("announcement-");
        immediate.setCorePoolSize(1);
        immediate.setMaxPoolSize(1);
        immediate.setQueueCapacity(1_000);
        // a full queue only loses the head start: the announcement stays PUBLISHING and the sweeper takes it
        immediate.setRejectedExecutionHandler((task, executor) -> { });
        sweeper.setThreadNamePrefix("announcement-sweep-");
        sweeper.setPoolSize(1);
    }

    /** Fans out an announcement its publisher holds, off the caller's thread. */
    void soon(Announcement announcement) {
        if (running) {
            immediate.execute(() -> safely(() -> fanOut(announcement)));
        }
    }

    /** Takes over and finishes every unfinished fan-out whose hold has lapsed; returns how many it finished. */
    public int sweep() {
        int finished = 0;
        for (Announcement unfinished : announcements.lapsed(clock.instant(), 10)) {
            Instant now = clock.instant();
            Announcement taken = announcements.take(unfinished.id(), now, now.plus(properties.hold())).orElse(null);
            if (taken != null) {
                log.info("Resuming the fan-out of announcement {}", taken.id());
                fanOut(taken);
                finished++;
            }
        }
        return finished;
    }

    private void fanOut(Announcement announcement) {
        Instant started = clock.instant();
        directory.residentsInBatches(announcement.scope() == Announcement.Scope.ALL ? null : announcement.communityIds(),
                announcement.narrowed() ? unitsOf(announcement) : null, properties.batchSize(), batch -> {
                    inbox.deliver(batch.stream().map(resident -> entry(announcement, resident.id())).toList());
                    if (announcement.urgent()) {
                        deliveries.insert(urgentDeliveries(announcement, batch, started));
                    }
                    hold(announcement.id());
                });
        Instant completed = clock.instant();
        announcements.published(announcement.id(), completed);
        log.info("Announcement {} fanned out in {} ms: it is in {} inboxes", announcement.id(),
                completed.toEpochMilli() - started.toEpochMilli(),
                inbox.broughtBy(announcement.id()));
    }

    private static InboxEntry entry(Announcement announcement, String recipientId) {
        return new InboxEntry(null, announcement.id(), recipientId, InboxEntry.IN_APP, Announcement.KIND,
                announcement.title(), announcement.body(), Announcement.KIND, announcement.id(),
                announcement.publishedAt(), null, announcement.urgent() ? "URGENT" : "NORMAL");
    }

    /** The units named, and every unit of the buildings named. */
    private Set<String> unitsOf(Announcement announcement) {
        Set<String> units = new HashSet<>(announcement.unitIds());
        units.addAll(structures.unitsIn(announcement.buildingIds()));
        return units;
    }

    /** Push (SMS when unread) or SMS, at once, whatever the hour: see the class comment. */
    private List<OutboundDelivery> urgentDeliveries(Announcement announcement, List<Recipient> residents, Instant now) {
        Set<String> withDevice = devices.holdersAmong(residents.stream().map(Recipient::id).toList());
        List<OutboundDelivery> urgent = new ArrayList<>(residents.size());
        for (Recipient resident : residents) {
            OutboundDelivery delivery = deliveries.urgent(announcement.id(), resident, withDevice.contains(resident.id()),
                    Announcement.KIND, "URGENT", announcement.title(), announcement.body(), now);
            if (delivery != null) {
                urgent.add(delivery);
            }
        }
        return urgent;
    }

    private void hold(String id) {
        announcements.hold(id, clock.instant().plus(properties.hold()));
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("An announcement fan-out stopped; the sweeper resumes it once its hold lapses: {}", e.toString());
        }
    }

    @Override
    public void start() {
        immediate.initialize();
        sweeper.initialize();
        sweeper.scheduleWithFixedDelay(() -> safely(this::sweep), properties.sweepInterval());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        sweeper.shutdown();
        immediate.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
