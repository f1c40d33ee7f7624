package io.propertyops.facility.device.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The episodes of one device's alarm of one type: raised, then cleared, then perhaps raised again. While one is
 * open a further raise is the same episode and adds nothing; a raise or a clear older than what is recorded (a
 * gateway sending old news) changes nothing either. Each new episode is one finding, its id derived from
 * the device, the alarm type and the moment it was raised, so the same raise reported twice is one finding.
 *
 * @param openSince when the open episode was raised; null while none is open
 * @param lastAt    the latest raise or clear recorded
 */
public record AlarmEpisodes(String key, Instant openSince, String openFindingId, Instant lastAt) {

    public enum State { RAISED, CLEARED }

    /** One alarm signal of a device. */
    public record Signal(State state, Instant at) {
    }

    /** What the signals did: the findings to report (by id, with the signal that raised them) and to clear. */
    public record Changes(AlarmEpisodes after, List<Raised> raised, List<String> cleared) {
    }

    public record Raised(String findingId, Signal signal) {
    }

    public AlarmEpisodes {
        Objects.requireNonNull(key, "key");
    }

    public static AlarmEpisodes none(String key) {
        return new AlarmEpisodes(key, null, null, null);
    }

    public boolean open() {
        return openSince != null;
    }

    /** Applies the signals in the order they happened. */
    public Changes apply(List<Signal> signals) {
        List<Signal> ordered = new ArrayList<>(signals);
        ordered.sort(Comparator.comparing(Signal::at).thenComparing(signal -> signal.state() == State.CLEARED ? 1 : 0));
        AlarmEpisodes state = this;
        List<Raised> raised = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        for (Signal signal : ordered) {
            if (state.lastAt != null && signal.at().isBefore(state.lastAt)) {
                continue; // older than what is recorded: old news
            }
            if (signal.state() == State.RAISED && !state.open()) {
                String findingId = "device:" + key + "@" + signal.at().toEpochMilli();
                raised.add(new Raised(findingId, signal));
                state = new AlarmEpisodes(key, signal.at(), findingId, signal.at());
            } else if (signal.state() == State.CLEARED && state.open()) {
                cleared.add(state.openFindingId);
                state = new AlarmEpisodes(key, null, null, signal.at());
            } else if (signal.state() == State.RAISED) {
                state = new AlarmEpisodes(key, state.openSince, state.openFindingId, signal.at());
            }
        }
        return new Changes(state, raised, cleared);
    }
}
