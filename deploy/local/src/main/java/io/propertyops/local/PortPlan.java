package io.propertyops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCP ports of one local platform: one per service, the Kafka broker's client and controller
 * listeners, MongoDB, and each service's management port (health, metrics), by service name.
 */
public record PortPlan(
        int gateway,
        int securityService,
        int ticketService,
        int facilityService,
        int billingService,
        int notificationService,
        int feedbackService,
        int kafka,
        int kafkaController,
        int mongodb,
        Map<String, Integer> management) {

    /** The name {@link #port(String)} knows the Kafka controller listener by. */
    public static final String KAFKA_CONTROLLER = "kafka-controller";

    /** A management port is its service's port plus this: gateway 18080, security 19000, services 18081–18085. */
    private static final int MANAGEMENT_OFFSET = 10_000;

    public PortPlan {
        management = Map.copyOf(management);
    }

    /**
     * The documented ports: gateway 8080, security 9000, services 8081–8085, Kafka 9092/9093, MongoDB 27017;
     * management 10,000 above each service's port.
     */
    public static PortPlan defaults() {
        PortPlan plan = new PortPlan(8080, 9000, 8081, 8082, 8083, 8084, 8085, 9092, 9093, 27017, Map.of());
        Map<String, Integer> management = new LinkedHashMap<>();
        LocalPlatform.SERVICES.forEach(service -> management.put(service, plan.port(service) + MANAGEMENT_OFFSET));
        return plan.withManagement(management);
    }

    /**
     * Free ports for everything, so a test platform never clashes with a developer's running one.
     * All sockets are held open until every port is picked, so no port is handed out twice.
     */
    public static PortPlan randomFree() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[10 + LocalPlatform.SERVICES.size()];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                ports[i] = socket.getLocalPort();
            }
            Map<String, Integer> management = new LinkedHashMap<>();
            for (int i = 0; i < LocalPlatform.SERVICES.size(); i++) {
                management.put(LocalPlatform.SERVICES.get(i), ports[10 + i]);
            }
            return new PortPlan(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
                    ports[8], ports[9], management);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pick free ports", e);
        } finally {
            held.forEach(PortPlan::closeQuietly);
        }
    }

    /** The port of a part by its name ({@code "gateway"}, {@code "ticket-service"}, {@code "kafka"}, ...). */
    public int port(String name) {
        return switch (name) {
            case "gateway" -> gateway;
            case "security-service" -> securityService;
            case "ticket-service" -> ticketService;
            case "facility-service" -> facilityService;
            case "billing-service" -> billingService;
            case "notification-service" -> notificationService;
            case "feedback-service" -> feedbackService;
            case "kafka" -> kafka;
            case KAFKA_CONTROLLER -> kafkaController;
            case "mongodb" -> mongodb;
            default -> throw new IllegalArgumentException("no port for '" + name + "'");
        };
    }

    /** The management port (health, metrics) of a service or the gateway. */
    public int managementPort(String service) {
        Integer port = management.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no management port for '" + service + "'; services have one: " + management.keySet());
        }
        return port;
    }

    /** A copy with one part's port changed. */
    public PortPlan with(String name, int port) {
        port(name); // rejects an unknown name
        return new PortPlan(
                "gateway".equals(name) ? port : gateway,
                "security-service".equals(name) ? port : securityService,
                "ticket-service".equals(name) ? port : ticketService,
                "facility-service".equals(name) ? port : facilityService,
                "billing-service".equals(name) ? port : billingService,
                "notification-service".equals(name) ? port : notificationService,
                "feedback-service".equals(name) ? port : feedbackService,
                "kafka".equals(name) ? port : kafka,
                KAFKA_CONTROLLER.equals(name) ? port : kafkaController,
                "mongodb".equals(name) ? port : mongodb,
                management);
    }

    private PortPlan withManagement(Map<String, Integer> ports) {
        return new PortPlan(gateway, securityService, ticketService, facilityService, billingService, notificationService,
                feedbackService, kafka, kafkaController, mongodb, ports);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was listening on it yet
        }
    }
}
