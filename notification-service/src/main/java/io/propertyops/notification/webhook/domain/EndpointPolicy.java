package io.propertyops.notification.webhook.domain;

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
 * to the cloud metadata endpoint (SSRF). The host is resolved and every address it resolves to is checked when
 * the subscription is made, and again by the sender's connection itself (once per attempt, not twice): {@link #connectableAddresses} is the
 * sender's DNS resolver, so the address it connects to is the address that was checked. A name that answered a
 * public address to the first lookup and an internal one to the next (DNS rebinding) is refused at the connection.
 */
public class EndpointPolicy {

    private final boolean allowHttp;
    private final Set<String> allowedHosts;
    private final Function<String, InetAddress[]> resolver;

    /** Resolving hosts by the system's resolver. */
    public EndpointPolicy(boolean allowHttp, List<String> allowedHosts) {
        this(allowHttp, allowedHosts, EndpointPolicy::resolve);
    }

    public EndpointPolicy(boolean allowHttp, List<String> allowedHosts, Function<String, InetAddress[]> resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /**
     * The endpoint as a URI, when a subscription is made: a valid https URL whose host resolves, and only to
     * addresses outside our network.
     *
     * @throws RuleViolationException (422) when the URL is not an absolute https URL or points inside our network
     */
    public URI check(String url) {
        URI uri = target(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        try {
            connectableAddresses(host);
        } catch (UnknownHostException e) {
            throw e instanceof InternalAddressException
                    ? refused("webhook-url-internal", "url points to an internal address")
                    : refused("webhook-url-unresolvable", "the host of url does not resolve");
        }
        return uri;
    }

    /**
     * The endpoint as a URI, before each delivery: an absolute URL with a scheme this configuration accepts and a
     * host. Its addresses are not looked up here; the connection checks them as it resolves them, once.
     *
     * @throws RuleViolationException (422) when the URL is not an absolute https URL
     */
    public URI target(String url) {
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
        return uri;
    }

    /**
     * The addresses a delivery to {@code host} may connect to, resolved now: the sender's connections resolve
     * through this, so nothing connects to an address that was not checked.
     *
     * @throws UnknownHostException when the host does not resolve, or resolves to an internal address
     */
    public InetAddress[] connectableAddresses(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        InetAddress[] addresses = resolver.apply(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host + " does not resolve");
        }
        if (!allowedHosts.contains(name) && anyInternal(addresses)) {
            throw new InternalAddressException(host);
        }
        return addresses;
    }

    private static boolean anyInternal(InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return true;
            }
        }
        return false;
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

    /** A host that resolves to an address inside our network: as far as a delivery is concerned, it does not exist. */
    public static final class InternalAddressException extends UnknownHostException {
        InternalAddressException(String host) {
            super(host + " resolves to an internal address; refused");
        }
    }

    private static RuleViolationException refused(String code, String message) {
        return new RuleViolationException(code, "url", message);
    }
}
