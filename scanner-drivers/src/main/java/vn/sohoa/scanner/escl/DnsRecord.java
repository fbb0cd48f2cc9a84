package vn.sohoa.scanner.escl;

import java.net.InetAddress;
import java.util.Map;

/** The DNS-SD records that describe an eSCL scanner (RFC 6763): which service, where, and its TXT keys. */
public sealed interface DnsRecord {

    String name();

    /** {@code _uscan._tcp.local} → the service instance ({@code HP OfficeJet Pro 9010 [1A2B3C]._uscan._tcp.local}). */
    record Ptr(String name, String instance) implements DnsRecord { }

    /** The instance's host and port. */
    record Srv(String name, int priority, int weight, int port, String target) implements DnsRecord { }

    /** The instance's keys: {@code rs} (resource path), {@code ty} (make and model), {@code pdl}, {@code cs}… */
    record Txt(String name, Map<String, String> keys) implements DnsRecord { }

    /** A host's IPv4 or IPv6 address (A, AAAA). */
    record Address(String name, InetAddress address) implements DnsRecord { }

    /** Any other type, kept only by its number. */
    record Other(String name, int type) implements DnsRecord { }
}
