package jp.shokuba.paper.domain;

import java.util.regex.Pattern;

/**
 * Which device addresses may be polled. Outside production only loopback (127.0.0.0/8): tests, the demo and the
 * benchmarks start their agents there, and the survey sheet's real 10.x addresses must never be contacted from a
 * developer's machine. Only IPv4 literals are accepted, so that checking an address never asks a name server.
 */
public record AddressPolicy(boolean outsideLoopbackAllowed) {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public static AddressPolicy loopbackOnly() {
        return new AddressPolicy(false);
    }

    public static boolean isAddress(String host) {
        return IPV4.matcher(host).matches();
    }

    public static boolean isLoopback(String host) {
        return isAddress(host) && host.startsWith("127.");
    }

    public boolean allows(String host) {
        return isAddress(host) && (outsideLoopbackAllowed || isLoopback(host));
    }
}
