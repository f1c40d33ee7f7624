package io.propertyops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Where this machine's TCP ports listen, read from the kernel ({@code /proc/net/tcp*}) and tried from outside. */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** The local addresses of the sockets listening on this port, from /proc/net/tcp and /proc/net/tcp6. */
    static List<InetAddress> addressesListeningOn(int port) {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                    String[] columns = line.trim().split("\\s+");
                    String[] local = columns[1].split(":");
                    if (columns[3].equals(LISTEN) && Integer.parseInt(local[1], 16) == port) {
                        addresses.add(address(local[0]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + table, e);
            }
        }
        return addresses;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress address(String hex) throws IOException {
        byte[] words = HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[words.length];
        for (int i = 0; i < words.length; i += 4) {
            for (int j = 0; j < 4; j++) {
                bytes[i + j] = words[i + 3 - j];
            }
        }
        return InetAddress.getByAddress(bytes);   // ::ffff:127.0.0.1 comes back as 127.0.0.1
    }

    /** An address of this machine that others could reach it by (IPv4 first), if it has one. */
    static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ListeningSockets::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress() && !address.isAnyLocalAddress())
                    .min(Comparator.comparing(address -> address.getAddress().length));
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
