package jp.shokuba.audit.domain;

import java.util.regex.Pattern;

/**
 * A client address in one canonical spelling, so that one machine is always one text: IPv6 as RFC 5952 writes it
 * (lower case, no leading zeros, the longest run of zero groups as {@code ::}, so the loopback is {@code ::1}), an
 * IPv4-mapped IPv6 address as its IPv4 address. Anything that is not an address literal (such as {@code system})
 * is left as it is; no name is ever looked up.
 */
public final class RemoteAddress {

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private RemoteAddress() {
    }

    public static String normalised(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (!a.contains(":") || !IPV6.matcher(a).matches()) {
            return address;
        }
        String zone = "";
        int percent = a.indexOf('%');
        if (percent >= 0) {
            zone = a.substring(percent);
            a = a.substring(0, percent);
        }
        int[] groups = groups(a);
        if (groups == null) {
            return address;
        }
        if (zone.isEmpty() && isMappedIpv4(groups)) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        return compressed(groups) + zone;
    }

    private static boolean isMappedIpv4(int[] g) {
        for (int i = 0; i < 5; i++) {
            if (g[i] != 0) {
                return false;
            }
        }
        return g[5] == 0xffff;
    }

    /** The eight 16-bit groups, or null when the text is no IPv6 address. */
    private static int[] groups(String text) {
        String a = text;
        int[] tail = new int[0];
        int lastColon = a.lastIndexOf(':');
        String last = a.substring(lastColon + 1);
        var v4 = IPV4.matcher(last);
        if (last.contains(".")) {
            if (!v4.matches()) {
                return null;
            }
            int[] b = new int[4];
            for (int i = 0; i < 4; i++) {
                b[i] = Integer.parseInt(v4.group(i + 1));
                if (b[i] > 255) {
                    return null;
                }
            }
            tail = new int[]{b[0] << 8 | b[1], b[2] << 8 | b[3]};
            a = a.substring(0, lastColon + 1) + "0"; // a placeholder group, dropped below
        }
        int doubleColon = a.indexOf("::");
        if (doubleColon != a.lastIndexOf("::")) {
            return null;
        }
        String[] head = doubleColon < 0 ? a.split(":", -1) : split(a.substring(0, doubleColon));
        String[] rest = doubleColon < 0 ? new String[0] : split(a.substring(doubleColon + 2));
        int[] parsedHead = parse(head);
        int[] parsedRest = parse(rest);
        if (parsedHead == null || parsedRest == null) {
            return null;
        }
        int explicit = parsedHead.length + parsedRest.length - (tail.length > 0 ? 1 : 0) + tail.length;
        if (explicit > 8 || (doubleColon < 0 && explicit != 8) || (doubleColon >= 0 && explicit == 8)) {
            return null;
        }
        int[] all = new int[8];
        int[] front = parsedHead;
        int[] back = parsedRest;
        if (tail.length > 0) { // replace the placeholder with the two IPv4 groups
            if (back.length > 0) {
                back = concat(java.util.Arrays.copyOf(back, back.length - 1), tail);
            } else {
                front = concat(java.util.Arrays.copyOf(front, front.length - 1), tail);
            }
        }
        System.arraycopy(front, 0, all, 0, front.length);
        System.arraycopy(back, 0, all, 8 - back.length, back.length);
        return all;
    }

    private static String[] split(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    private static int[] parse(String[] parts) {
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 4) {
                return null;
            }
            values[i] = Integer.parseInt(parts[i], 16);
        }
        return values;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String compressed(int[] g) {
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not compressed
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }
}
