package io.propertyops.notification.webhook;

import io.propertyops.starter.domain.RuleViolationException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which endpoints deliveries may go to: https (unless the configuration allows http), and never an address
 * inside our network — a subscriber could otherwise make the platform POST to its own internal services or
 * to the cloud metadata endpoint (SSRF). The host is resolved and every address it resolves to is checked;
 * the sender checks again before each attempt, since a name can resolve differently later.
 */
class EndpointPolicy {

    private final boolean allowHttp;
    private final Set<String> allowedHosts;
    private final Function<String, InetAddress[]> resolver;

    EndpointPolicy(WebhookProperties properties) {
        this(properties.allowHttp(), properties.allowedHosts(), EndpointPolicy::resolve);
    }

    EndpointPolicy(boolean allowHttp, List<String> allowedHosts, Function<String, InetAddress[]> resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /**
     * The endpoint as a URI.
     *
     * @throws RuleViolationException (422) when the URL is not an absolute https URL or points inside our network
     */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("webhook-url-invalid", "url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw refused("webhook-url-not-https", "url must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused("webhook-url-invalid", "url must name a host, without user information");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses = resolver.apply(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        if (addresses == null || addresses.length == 0) {
            throw refused("webhook-url-unresolvable", "the host of url does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw refused("webhook-url-internal", "url points to an internal address");
            }
        }
        return uri;
    }

    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true; // link-local includes 169.254.169.254, the cloud metadata service
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first >= 240                   // "this network", reserved and broadcast
                    || first == 100 && (second & 0xc0) == 64     // 100.64.0.0/10, carrier-grade NAT
                    || first == 198 && (second & 0xfe) == 18;    // 198.18.0.0/15, benchmarking
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc                     // fc00::/7, unique local
                    || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0xc0; // fec0::/10, old site-local
        }
        return true;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }

    private static RuleViolationException refused(String code, String message) {
        return new RuleViolationException(code, "url", message);
    }
}
