package org.evofit.server.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.AuthOptions;
import org.evofit.server.RequestIds;

/**
 * In front of everything the service serves (Javalin's pages and API, and the git URLs, which another servlet
 * filter answers before Javalin): finds the request's session from its cookie and, when sign-in is required,
 * lets nothing but the sign-in page, the static files and the service's description through without one. A
 * page asks the browser to sign in (303 to {@code /sign-in?next=...}), the API answers 401 in JSON and git gets
 * 401 in words it shows its user.
 */
final class AccessFilter implements Filter {

    /** Paths anyone may reach: how to sign in, what the pages need to show, and probes. */
    private static final List<String> OPEN_PREFIXES = List.of("/static/", "/webjars/");
    private static final List<String> OPEN_PATHS = List.of(SignInFeature.SIGN_IN, "/api/health", "/api/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sessions sessions;
    private final AuthOptions.Mode mode;

    AccessFilter(Sessions sessions, AuthOptions.Mode mode) {
        this.sessions = sessions;
        this.mode = mode;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        sessions.find(cookie(req)).ifPresent(s -> req.setAttribute(Access.SESSION, s));
        String path = req.getRequestURI();
        if (mode == AuthOptions.Mode.REQUIRED && req.getAttribute(Access.SESSION) == null && !open(path)) {
            refuse(req, (HttpServletResponse) response, path);
            return;
        }
        chain.doFilter(request, response);
    }

    static String cookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (Access.COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static boolean open(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse res, String path) throws IOException {
        String id = RequestIds.accept(req.getHeader(RequestIds.HEADER));
        res.setHeader(RequestIds.HEADER, id);
        String accept = req.getHeader("Accept");
        if (path.contains(".git/")) {
            text(res, "this service requires signing in, and git over HTTP does not take accounts yet: "
                    + "download the project's files from its pages or the API");
        } else if (path.startsWith("/api/") || accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", "sign in first: this service requires an account (the page " + SignInFeature.SIGN_IN
                    + " signs in a browser)");
            body.put("requestId", id);
            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            res.setContentType("application/json");
            res.getOutputStream().write(JSON.writeValueAsBytes(body));
        } else if ("GET".equals(req.getMethod())) {
            String next = path + (req.getQueryString() != null ? "?" + req.getQueryString() : "");
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", SignInFeature.SIGN_IN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else {
            text(res, "sign in first: this service requires an account (" + SignInFeature.SIGN_IN + ")");
        }
    }

    private static void text(HttpServletResponse res, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        res.setContentType("text/plain; charset=UTF-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
