package io.propertyops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP ports of one local platform: one per service, the Kafka broker's client and controller
 * listeners, and MongoDB.
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
        int mongodb) {

    /** The name {@link #port(String)} knows the Kafka controller listener by. */
    public static final String KAFKA_CONTROLLER = "kafka-controller";

    /** The documented ports: gateway 8080, security 9000, services 8081–8085, Kafka 9092/9093, MongoDB 27017. */
    public static PortPlan defaults() {
        return new PortPlan(8080, 9000, 8081, 8082, 8083, 8084, 8085, 9092, 9093, 27017);
    }

    /**
     * Free ports for everything, so a test platform never clashes with a developer's running one.
     * All sockets are held open until every port is picked, so no port is handed out twice.
     */
    public static PortPlan randomFree() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[10];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                ports[i] = socket.getLocalPort();
            }
            return new PortPlan(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
                    ports[8], ports[9]);
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
                "mongodb".equals(name) ? port : mongodb);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was listening on it yet
        }
    }
}
