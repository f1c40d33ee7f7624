package io.propertyops.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@link EmbeddedMongo} process: mongo-java-server on an H2 file under {@code <data dir>/mongo}. */
final class MongoStore implements Part {

    private final Path file;
    private final int port;
    private final Jvm jvm;

    MongoStore(Path file, int port, Jvm jvm) {
        this.file = file;
        this.port = port;
        this.jvm = jvm;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    Path file() {
        return file;
    }

    @Override
    public List<String> command() {
        List<String> options = new ArrayList<>(jvm.profile().store());
        options.add("-Dpropertyops.exitWithParent=true");
        options.addAll(Jvm.CHILD_LOGGING);
        return jvm.runMain(options, EmbeddedMongo.class.getName(), String.valueOf(port), file.toString());
    }

    /** It binds only after the H2 store is open, so an accepting port means ready. */
    @Override
    public boolean isReady() {
        return Ports.accepts(port);
    }

    @Override
    public String portInUseHint() {
        return "Another MongoDB? To use it instead, set MONGODB_URI=mongodb://127.0.0.1:" + port + ".";
    }
}
