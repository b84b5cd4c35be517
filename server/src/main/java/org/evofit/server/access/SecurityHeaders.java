package org.evofit.server.access;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The headers every answer carries, pages, API, git and refusals alike (set before anything answers): a
 * Content-Security-Policy that runs only the service's own scripts (no inline script, no other origin, no
 * framing: frame-ancestors 'none'), no content-type sniffing, no Referer to other sites (an upload form's
 * address holds its CSRF token), and Strict-Transport-Security when the browser came over TLS.
 */
final class SecurityHeaders implements Filter {

    /** Inline styles stay allowed: htmx adds its indicator style, and a style cannot run code. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse res = (HttpServletResponse) response;
        res.setHeader("Content-Security-Policy", POLICY);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("X-Frame-Options", "DENY");
        if (behindTls((HttpServletRequest) request)) {
            res.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /** Whether the browser came over TLS: to this service, or to a TLS proxy on this host that says so. */
    static boolean behindTls(HttpServletRequest req) {
        if (req.isSecure()) {
            return true;
        }
        try {
            return "https".equalsIgnoreCase(req.getHeader("X-Forwarded-Proto"))
                    && InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
