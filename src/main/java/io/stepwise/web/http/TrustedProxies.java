package io.stepwise.web.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The peers whose forwarded headers (X-Forwarded-Host/Proto/Prefix/For, Forwarded) are believed:
 * the reverse proxies in front of this server. Anyone else could name any host in them, and the
 * page's embed code, oEmbed link and scripts would point there. Addresses and CIDR ranges, IPv4
 * and IPv6; by default only loopback (a proxy on the same machine).
 */
public final class TrustedProxies {
    /** Compiled once: every request's peer address is checked. */
    private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+");

    public static final TrustedProxies LOOPBACK = parse("127.0.0.0/8, ::1");
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<String> ranges;
    /** The ranges as parsed once, for every request's check. */
    private final List<Range> parsed;

    public TrustedProxies(List<String> ranges) {
        this.ranges = List.copyOf(ranges);
        this.parsed = this.ranges.stream().map(TrustedProxies::range).filter(java.util.Objects::nonNull).toList();
    }

    /** As configured, e.g. "10.0.0.0/8". */
    public List<String> ranges() { return ranges; }

    /**
     * "10.0.0.0/8, 192.168.1.5 fd00::/8"; "none" trusts no one. Only literal addresses: a name
     * would be looked up in DNS, which a start-up check should not depend on.
     */
    public static TrustedProxies parse(String text) {
        if (text.strip().equalsIgnoreCase("none")) return NONE;
        List<String> out = new ArrayList<>();
        for (String part : text.split("[\\s,]+")) {
            if (part.isEmpty()) continue;
            if (range(part) == null) {
                throw new IllegalArgumentException("TRUSTED_PROXIES takes IP addresses and CIDR ranges such as 10.0.0.0/8 or fd00::/8, "
                        + "separated by commas, or none; “" + part + "” is not one.");
            }
            out.add(part);
        }
        return new TrustedProxies(out);
    }

    /** Whether the direct peer, e.g. "127.0.0.1", "0:0:0:0:0:0:0:1" or "[::1]", is one of them. */
    public boolean contains(String address) {
        if (parsed.isEmpty()) return false; // the usual case, asked on every request: no address to read
        byte[] peer = literal(address);
        if (peer == null) return false;
        for (Range range : parsed) if (range.contains(peer)) return true;
        return false;
    }

    @Override
    public boolean equals(Object o) { return o instanceof TrustedProxies other && ranges.equals(other.ranges); }

    @Override
    public int hashCode() { return ranges.hashCode(); }

    @Override
    public String toString() { return ranges.isEmpty() ? "none" : String.join(", ", ranges); }

    /** An address's bytes and how many leading bits must match. */
    private record Range(byte[] address, int bits) {
        boolean contains(byte[] peer) {
            byte[] p = peer;
            if (p.length == 16 && address.length == 4 && isMappedV4(p)) p = java.util.Arrays.copyOfRange(p, 12, 16);
            if (p.length != address.length) return false;
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((p[i / 8] & mask) != (address[i / 8] & mask)) return false;
            }
            return true;
        }
    }

    private static boolean isMappedV4(byte[] a) {
        for (int i = 0; i < 10; i++) if (a[i] != 0) return false;
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    private static Range range(String text) {
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) return null;
        int max = address.length * 8;
        if (slash < 0) return new Range(address, max);
        String bits = text.substring(slash + 1);
        if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > max) return null;
        return new Range(address, Integer.parseInt(bits));
    }

    /** The bytes of an IP literal, or null for anything else (never a DNS lookup). */
    static byte[] literal(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) t = t.substring(1, t.length() - 1);
        int zone = t.indexOf('%');
        if (zone >= 0) t = t.substring(0, zone);
        boolean v4 = V4.matcher(t).matches();
        boolean v6 = t.contains(":") && V6.matcher(t).matches();
        if (!v4 && !v6) return null;
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
