package io.propertyops.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 4: work orders all the way around the loop through the gateway — the owner reports, customer service
 * accepts (auto-dispatch picks the on-duty technician), the technician takes, starts and resolves, the owner
 * confirms, customer service calls back and closes. A step the gateway rate-limits (429) waits a moment and is
 * sent again, as an app would; those waits are in the loop's time and counted.
 */
final class WholeLoop {

    private static final String RESOLUTION = "{\"result\": \"更换角阀，测试无渗漏\"}";
    private static final String REVISIT = "{\"satisfied\": true, \"note\": \"业主满意\"}";

    private final String gateway;
    private final List<Intake.Reporter> owners;
    private final List<String> agents;
    private final Map<String, String> technicians;
    private final AtomicLong throttled = new AtomicLong();

    /** @param technicians token by person id, for whoever auto-dispatch picks */
    WholeLoop(String gateway, List<Intake.Reporter> owners, List<String> agents, Map<String, String> technicians) {
        this.gateway = gateway;
        this.owners = owners;
        this.agents = agents;
        this.technicians = technicians;
    }

    Measurement run(int concurrency, Duration duration) {
        return Load.run("create → accept/dispatch → take → start → resolve → confirm → revisit → close", concurrency,
                duration, this::once);
    }

    long throttled() {
        return throttled.get();
    }

    private String once(long sequence) throws Exception {
        Intake.Reporter owner = owners.get((int) (sequence % owners.size()));
        String agent = agents.get((int) (sequence % agents.size()));
        Api.Response created = send("/api/v1/tickets", owner.token(), Intake.leak(owner.unitId()));
        if (created.status() != 201) {
            return "create " + created.status();
        }
        String id = created.text("id");
        Api.Response accepted = step(id, "accept", agent, "{}");
        if (accepted.status() != 200) {
            return "accept " + accepted.status();
        }
        String technician = technicians.get(accepted.text("assigneeId"));
        if (technician == null) {
            return "not auto-dispatched (" + accepted.text("status") + ")";
        }
        for (String[] step : List.of(new String[] {"take", technician, "{}"}, new String[] {"start", technician, "{}"},
                new String[] {"resolve", technician, RESOLUTION}, new String[] {"confirm", owner.token(), "{}"},
                new String[] {"revisit", agent, REVISIT}, new String[] {"close", agent, "{}"})) {
            Api.Response answer = step(id, step[0], step[1], step[2]);
            if (answer.status() != 200) {
                return step[0] + " " + answer.status();
            }
        }
        return null;
    }

    private Api.Response step(String id, String action, String token, String json) throws Exception {
        return send("/api/v1/tickets/" + id + "/" + action, token, json);
    }

    private Api.Response send(String path, String token, String json) throws Exception {
        while (true) {
            Api.Response answer = Api.post(gateway + path, token, json);
            if (answer.status() != 429) {
                return answer;
            }
            throttled.incrementAndGet();
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
