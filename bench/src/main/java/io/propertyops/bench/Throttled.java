package io.propertyops.bench;

import java.util.concurrent.TimeUnit;

/**
 * Calls through the gateway, which limits each user to 20 requests a second: a 429 is sent again a moment later, and
 * counted, so a scenario can say how often it was held back.
 */
final class Throttled {

    interface Call {
        Api.Response send() throws Exception;
    }

    private long throttled;

    /** Requests answered 429 and sent again so far. */
    long count() {
        return throttled;
    }

    Api.Response send(Call call) throws Exception {
        while (true) {
            Api.Response answer = call.send();
            if (answer.status() != 429) {
                return answer;
            }
            throttled++;
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** POSTs {@code json} and answers the id of what it created (a 201), or fails. */
    String created(String url, String token, String json) throws Exception {
        Api.Response created = send(() -> Api.post(url, token, json));
        if (created.status() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + created);
        }
        return created.text("id");
    }
}
