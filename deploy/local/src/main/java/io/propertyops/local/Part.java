package io.propertyops.local;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One process of the local platform: what to run, and how to tell that it is ready. */
interface Part {

    String name();

    /** Every port it listens on; all must be free before it starts. */
    List<Integer> ports();

    /** Work before each start, e.g. writing configuration or formatting storage. */
    default void prepare() throws IOException {
    }

    List<String> command();

    /** Added to the inherited environment. */
    default Map<String, String> environment() {
        return Map.of();
    }

    /** One quick probe; called repeatedly until it answers true. */
    boolean isReady();

    /** How long it may take to exit after SIGTERM before it is killed. */
    default Duration stopGrace() {
        return LocalPlatform.STOP_GRACE;
    }

    /** Said when the port is taken, after "port N (name) is already in use". */
    default String portInUseHint() {
        return "";
    }
}
