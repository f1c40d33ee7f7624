package io.propertyops.bench;

import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Scenario 7: the staff portal as a browser gets it from the gateway. The initial bundle is what {@code index.html}
 * loads before the first page can be drawn (its script, the modules it preloads, its style sheets), counted as
 * gzip would send it; the load times come from {@code portal/bench/portal-load.mjs} driving Debian's Chromium.
 */
final class PortalLoad {

    private static final Pattern INITIAL = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.(?:js|css))\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PortalLoad() {
    }

    /** The initial bundle's files with their size in bytes before and after gzip. */
    static Map<String, Object> initialBundle(String gatewayUrl) throws IOException, InterruptedException {
        String index = get(gatewayUrl + "/");
        Set<String> files = new LinkedHashSet<>();
        Matcher matcher = INITIAL.matcher(index);
        while (matcher.find()) {
            files.add(matcher.group(1));
        }
        long raw = 0;
        long gzipped = 0;
        for (String file : files) {
            byte[] bytes = get(gatewayUrl + file).getBytes(StandardCharsets.UTF_8);
            raw += bytes.length;
            gzipped += gzip(bytes);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("initial bundle: files", files.size());
        facts.put("initial bundle: KB", Math.round(raw / 1024.0));
        facts.put("initial bundle: KB gzip (goal ≤ 300)", Math.round(gzipped / 1024.0));
        return facts;
    }

    /** The load times, measured in Chromium: medians of {@code rounds} each. */
    static Map<String, Object> loadTimes(Path repo, String gatewayUrl, String password, int rounds) throws IOException, InterruptedException {
        Path portal = repo.resolve("portal");
        Path log = Files.createTempFile("portal-load", ".log");
        ProcessBuilder node = new ProcessBuilder("node", "bench/portal-load.mjs")
                .directory(portal.toFile())
                .redirectError(log.toFile());
        node.environment().put("PORTAL_URL", gatewayUrl);
        node.environment().put("PROPERTYOPS_DEMO_PASSWORD", password);
        node.environment().put("PORTAL_BENCH_ROUNDS", String.valueOf(rounds));
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("portal/bench/portal-load.mjs failed: " + output + Files.readString(log));
        }
        JsonNode result = Api.JSON.readTree(output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElseThrow());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first load, empty cache, page drawn: ms", result.path("firstLoadMs").asLong());
        facts.put("service desk opened, its queue of new requests drawn: ms", result.path("deskListMs").asLong());
        facts.put("its 'all work orders' tab, rows drawn: ms", result.path("deskAllMs").asLong());
        facts.put("new tab of a signed-in agent to the desk's rows (silent sign-in included): ms", result.path("signedInDeskMs").asLong());
        facts.put("rows on the desk's first page", result.path("rowsShown").asLong());
        facts.put("new requests the desk reports", result.path("totalShown").asString());
        facts.put("work orders the 'all' tab reports", result.path("totalAllShown").asString());
        facts.put("rounds (medians)", rounds);
        return facts;
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
