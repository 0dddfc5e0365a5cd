package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shokuba.approval.Approvals;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing leaves the closed network (LGWAN): the shared platform runs under {@code strace} from its start (see
 * {@link Platform#connectionTrace()}); after a sign-in, a booking, an approval with its PDF and a page of each
 * context, no network call of the platform addressed anything but loopback, the configured database and mail
 * server and the DNS resolver; no Hazelcast started; and no name was looked up, least of all a client's address
 * backwards (in-addr.arpa / ip6.arpa).
 */
@ExtendWith(Platform.class)
class ClosedNetworkIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern IPV4 = Pattern.compile("sin_port=htons\\((\\d+)\\), sin_addr=inet_addr\\(\"([^\"]+)\"\\)");
    private static final Pattern IPV6 = Pattern.compile("sin6_port=htons\\((\\d+)\\).*?inet_pton\\(AF_INET6, \"([^\"]+)\"");
    /** The first buffer of a send: for a DNS query, the packet whose question names the host asked for. */
    private static final Pattern PAYLOAD = Pattern.compile("(?:sendto\\(\\d+, |iov_base=)\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private record Peer(String address, int port, String line) {
    }

    @Test
    void aDaysWorkMakesNoConnectionOutsideLoopbackAndNoNameLookup() throws Exception {
        Path trace = Platform.connectionTrace()
                .orElseThrow(() -> new AssertionError("strace is needed to trace the platform (.ci/run installs it)"));
        aDaysWork();
        Thread.sleep(1_000);
        List<String> lines = Files.readAllLines(trace, StandardCharsets.ISO_8859_1);

        assertThat(lines).as("the trace saw the platform's own database connections").anyMatch(l -> l.contains("htons(5432)"));
        Set<String> resolvers = resolvers();
        Set<String> allowed = configuredServers();
        List<Peer> outside = peers(lines).stream().filter(p -> !loopback(p.address()))
                .filter(p -> !(p.port() == 53 && resolvers.contains(p.address())))
                .filter(p -> !allowed.contains(p.address())).toList();
        assertThat(outside).as("connections outside loopback, database, mail server and DNS resolver").isEmpty();
        List<String> asked = dnsQuestions(lines);
        assertThat(asked).as("reverse lookups").noneMatch(n -> n.endsWith(".in-addr.arpa") || n.endsWith(".ip6.arpa"));
        assertThat(asked).as("names looked up (phone-home would ask for www.payara.fish)").isEmpty();
        assertThat(Files.readString(Path.of("target", "it-payara.log"))).as("Hazelcast never starts")
                .doesNotContain("com.hazelcast").doesNotContain("Hazelcast Member UUID");
    }

    /** A sign-in by the form, a booking, an approval to its end with the record's PDF, and a page of each context. */
    private static void aDaysWork() throws Exception {
        String cookie = signInByTheForm("admin");
        for (String page : List.of("/index.xhtml", "/seating/index.xhtml", "/approval/index.xhtml", "/meetings/index.xhtml",
                "/paper/index.xhtml", "/admin/audit.xhtml", "/admin/mail-outbox.xhtml")) {
            assertThat(get(page, cookie).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(Api.as("watanabe").get("/records/index.xhtml", "text/html").status()).as("records page").isEqualTo(200);

        Api.Reply booked = OwnFixtures.bookNextWeekday(OwnFixtures.person(), OwnFixtures.desk());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        long id = Approvals.draft("tanaka", "GENERAL", null, "閉域網の確認 " + System.nanoTime(), List.of());
        Approvals.submit("tanaka", id);
        Approvals.approveAlongTheRoute(id, "tanaka");
        Api.Reply pdf = Api.as("tanaka").get("/api/v1/approvals/" + id + "/pdf", "application/pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    /** Every network peer the platform addressed: connect() and sendto() to an IPv4 or IPv6 address. */
    private static List<Peer> peers(List<String> lines) {
        List<Peer> peers = new ArrayList<>();
        for (String line : lines) {
            for (Pattern p : List.of(IPV4, IPV6)) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    peers.add(new Peer(m.group(2), Integer.parseInt(m.group(1)), line));
                }
            }
        }
        return peers;
    }

    private static boolean loopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.startsWith("::ffff:127.");
    }

    /** The hosts the platform is configured to use: the database's and the mail server's addresses. */
    private static Set<String> configuredServers() throws Exception {
        Set<String> addresses = new HashSet<>();
        for (String host : List.of(TestDatabase.HOST, System.getenv().getOrDefault("SHOKUBA_MAIL_HOST", "127.0.0.1"))) {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                addresses.add(a.getHostAddress());
                addresses.add("::ffff:" + a.getHostAddress());
            }
        }
        return addresses;
    }

    private static Set<String> resolvers() throws Exception {
        Set<String> resolvers = new HashSet<>();
        Path conf = Path.of("/etc/resolv.conf");
        if (Files.exists(conf)) {
            for (String line : Files.readAllLines(conf)) {
                String[] words = line.trim().split("\\s+");
                if (words.length > 1 && words[0].equals("nameserver")) {
                    resolvers.add(words[1]);
                    resolvers.add("::ffff:" + words[1]);
                }
            }
        }
        return resolvers;
    }

    /** The names asked in DNS queries the platform sent to port 53. */
    private static List<String> dnsQuestions(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            if (!line.contains("htons(53)") && !line.contains("sendmmsg(")) {
                continue;
            }
            Matcher m = PAYLOAD.matcher(line);
            while (m.find()) {
                byte[] packet = unescape(m.group(1));
                if (packet.length > 12) {
                    names.add(questionName(packet));
                }
            }
        }
        return names;
    }

    /** The QNAME of a DNS packet: length-prefixed labels from byte 12. */
    private static String questionName(byte[] packet) {
        StringBuilder name = new StringBuilder();
        int i = 12;
        while (i < packet.length && packet[i] != 0) {
            int length = packet[i] & 0xff;
            name.append(name.isEmpty() ? "" : ".")
                    .append(new String(packet, i + 1, Math.min(length, packet.length - i - 1), StandardCharsets.ISO_8859_1));
            i += length + 1;
        }
        return name.toString();
    }

    /** strace's C-style escapes ({@code \3}, {@code \34}, {@code \n}, {@code \"}) back to bytes. */
    private static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.write(c);
                continue;
            }
            char e = s.charAt(++i);
            if (e >= '0' && e <= '7') {
                int value = 0;
                int digits = 0;
                while (digits < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                    value = value * 8 + (s.charAt(i++) - '0');
                    digits++;
                }
                i--;
                out.write(value);
            } else {
                out.write(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'v' -> 0x0b;
                    case 'f' -> '\f';
                    default -> e;
                });
            }
        }
        return out.toByteArray();
    }

    private static String signInByTheForm(String login) throws Exception {
        HttpResponse<String> page = get("/login.xhtml", null);
        String before = find(SESSION, page.headers().allValues("Set-Cookie").toString());
        String form = "login=login&username=" + login + "&password=demo&signIn=&_csrf=" + enc(find(TOKEN, page.body()))
                + "&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, page.body()));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(Platform.url("/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signed in").isBetween(300, 399);
        return "JSESSIONID=" + find(SESSION, signedIn.headers().allValues("Set-Cookie").toString());
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(Platform.url(path)).header("Accept", "text/html");
        return HTTP.send((cookie == null ? b : b.header("Cookie", cookie)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(p + " in " + text.substring(0, Math.min(300, text.length()))).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
