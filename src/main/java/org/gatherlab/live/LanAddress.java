package org.gatherlab.live;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The address students type (or scan) to reach this machine: its IPv4 address on the local network. Private
 * addresses (192.168.x, 10.x, 172.16-31.x) come first; interfaces that are down, loopback or point-to-point
 * (VPNs) are skipped. Without any network it falls back to loopback, so a teacher can still try it alone.
 */
public final class LanAddress {
    private LanAddress() {}

    public static InetAddress find() {
        List<Inet4Address> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (!nic.isUp() || nic.isLoopback() || nic.isPointToPoint() || nic.isVirtual()) continue;
                nic.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress())
                        .forEach(a -> found.add((Inet4Address) a));
            }
        } catch (SocketException e) {
            return InetAddress.getLoopbackAddress();
        }
        return found.stream().min(Comparator.comparing((Inet4Address a) -> !a.isSiteLocalAddress())
                        .thenComparing(Inet4Address::getHostAddress))
                .map(a -> (InetAddress) a).orElse(InetAddress.getLoopbackAddress());
    }
}
