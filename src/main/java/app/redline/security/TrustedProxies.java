package app.redline.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Takes the client's address (X-Forwarded-For), https (X-Forwarded-Proto) and the public host and port
 * (X-Forwarded-Host, X-Forwarded-Port) only from the reverse proxies listed in redline.trusted-proxies. Anyone else could write those headers themselves: to escape the sign-in throttle with
 * a new address per attempt, or to pass for https. The default trusts nobody, not even the private ranges Tomcat
 * would trust, because on an office network every colleague's machine is in them.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    /** A dotted IPv4 address or anything with a colon (IPv6): InetAddress parses both without a name lookup. */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<String> proxies;

    TrustedProxies(@Value("${redline.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!proxies.isEmpty()) {
            factory.addEngineValves(valve(proxies));
        }
    }

    static RemoteIpValve valve(List<String> proxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(cidrs(proxies));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }

    /** Every entry as a CIDR range: Tomcat reads a list with a '/' in it as ranges, anything else as a regex. */
    static String cidrs(List<String> proxies) {
        return proxies.stream().map(TrustedProxies::cidr).collect(Collectors.joining(","));
    }

    private static String cidr(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        if (!LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException(invalid(entry));
        }
        try {
            int bits = InetAddress.getByName(address).getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(invalid(entry));
            }
            return address + "/" + prefix;
        } catch (UnknownHostException | NumberFormatException unreadable) {
            throw new IllegalArgumentException(invalid(entry), unreadable);
        }
    }

    private static String invalid(String entry) {
        return "redline.trusted-proxies (REDLINE_TRUSTED_PROXIES): '" + entry
                + "' is not an IP address or a CIDR range such as 10.0.0.5 or 172.18.0.0/16.";
    }
}
