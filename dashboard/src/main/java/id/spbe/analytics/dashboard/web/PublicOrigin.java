package id.spbe.analytics.dashboard.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where browsers reach the dashboard, which is not always where it listens: behind a TLS-terminating proxy the
 * request arrives as {@code http} from the proxy's address while the browser's page is {@code https://...}. The
 * origin a same-site request must come from, whether the browser used https (Secure cookie) and the client's
 * address (sign-in throttle) are read from here, in this order of trust:
 * <ol>
 *   <li>{@code publicUrl}, when configured: the origin is that, whatever the headers say;</li>
 *   <li>with {@code trustProxy}, the proxy's {@code Forwarded} or {@code X-Forwarded-Proto/-Host/-For} headers
 *       (only then: anyone can send them, so they count only when a proxy in front overwrites them);</li>
 *   <li>the request itself.</li>
 * </ol>
 *
 * @param publicUrl the address users type, e.g. {@code https://spbe.blitarkab.go.id} (null: not configured)
 * @param trustProxy take the scheme, host and client address from the proxy headers
 * @param localNames the {@code Host} names answered without sign-in: the bound address and the loopback names
 */
public record PublicOrigin(URI publicUrl, boolean trustProxy, Set<String> localNames) {

  public PublicOrigin {
    localNames = localNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors
        .toUnmodifiableSet());
  }

  /** No proxy, no public address: the dashboard answers as bound to {@code host}. */
  public static PublicOrigin direct(String host) {
    return new PublicOrigin(null, false, localNames(host));
  }

  /** The names that mean this machine's loopback, and the bound address itself. */
  public static Set<String> localNames(String boundHost) {
    Set<String> names = new java.util.HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    names.add(boundHost.contains(":") && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost);
    return Set.copyOf(names);
  }

  /** The origin the browser's page has, e.g. {@code https://spbe.example.go.id}. */
  public String origin(Context ctx) {
    if (publicUrl != null) {
      return publicUrl.getScheme().toLowerCase(Locale.ROOT) + "://" + publicUrl.getRawAuthority()
          .toLowerCase(Locale.ROOT);
    }
    return scheme(ctx) + "://" + host(ctx);
  }

  /** Whether the browser reached the dashboard over https. */
  public boolean https(Context ctx) {
    return "https".equals(publicUrl != null ? publicUrl.getScheme().toLowerCase(Locale.ROOT) : scheme(ctx));
  }

  /**
   * The client's address: the request's, or behind a trusted proxy the one that proxy added last (the only
   * entry it vouches for; earlier ones came from the client and may be made up).
   */
  public String clientAddress(Context ctx) {
    if (trustProxy) {
      String forwarded = forwardedParam(ctx, "for");
      if (forwarded != null) {
        return forwarded;
      }
      String xff = ctx.header("X-Forwarded-For");
      if (xff != null && !xff.isBlank()) {
        String[] hops = xff.split(",");
        return hops[hops.length - 1].trim();
      }
    }
    return ctx.ip();
  }

  /** Whether the request's {@code Host} names this machine (open mode answers nothing else). */
  public boolean namesThisMachine(Context ctx) {
    String host = ctx.header("Host");
    if (host == null) {
      return false;
    }
    host = host.trim().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && colon > host.lastIndexOf(']')) {
      host = host.substring(0, colon);
    }
    return localNames.contains(host);
  }

  private String scheme(Context ctx) {
    if (trustProxy) {
      String proto = forwardedParam(ctx, "proto");
      if (proto == null) {
        proto = firstValue(ctx.header("X-Forwarded-Proto"));
      }
      if (proto != null) {
        return proto.toLowerCase(Locale.ROOT);
      }
    }
    return ctx.scheme().toLowerCase(Locale.ROOT);
  }

  private String host(Context ctx) {
    if (trustProxy) {
      String host = forwardedParam(ctx, "host");
      if (host == null) {
        host = firstValue(ctx.header("X-Forwarded-Host"));
      }
      if (host != null) {
        return host.toLowerCase(Locale.ROOT);
      }
    }
    return String.valueOf(ctx.host()).toLowerCase(Locale.ROOT);
  }

  /**
   * A parameter of the RFC 7239 {@code Forwarded} header: for {@code for}, the last element's (added by the
   * proxy in front), for the others the first's (what the browser asked for).
   */
  private static String forwardedParam(Context ctx, String name) {
    String header = ctx.header("Forwarded");
    if (header == null || header.isBlank()) {
      return null;
    }
    String[] elements = header.split(",");
    String[] ordered = name.equals("for") ? reversed(elements) : elements;
    for (String element : ordered) {
      for (String pair : element.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase(name)) {
          String value = pair.substring(eq + 1).trim();
          if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1);
          }
          return value.isEmpty() ? null : value;
        }
      }
      if (name.equals("for")) {
        return null; // the proxy's own element has no for=: nothing it vouches for
      }
    }
    return null;
  }

  private static String[] reversed(String[] a) {
    String[] r = new String[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }

  private static String firstValue(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String first = header.split(",")[0].trim();
    return first.isEmpty() ? null : first;
  }
}
