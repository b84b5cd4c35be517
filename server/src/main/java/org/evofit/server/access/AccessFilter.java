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
import java.util.Optional;
import org.evofit.server.AuthOptions;
import org.evofit.server.RequestIds;
import org.evofit.server.account.UserStore;

/**
 * In front of everything the service serves (Javalin's pages and API, and the git URLs, which another servlet
 * filter answers before Javalin): finds who the request acts for ({@link Requester}: its API token's account, or
 * its session's) and, when sign-in is required, lets nothing but the sign-in page, the static files and the
 * service's description through without one. A page asks the browser to sign in (303 to
 * {@code /sign-in?next=...}), the API answers 401 in JSON and git gets 401 asking for a name and token. A token
 * in the address is refused (400) before anything else, and a wrong one (401) rather than ignored.
 */
final class AccessFilter implements Filter {

    /** Paths anyone may reach: how to sign in, what the pages need to show, and probes. */
    private static final List<String> OPEN_PREFIXES = List.of("/static/", "/webjars/");
    private static final List<String> OPEN_PATHS = List.of(SignInFeature.SIGN_IN, OidcSignIn.START,
            OidcSignIn.CALLBACK, "/api/health", "/api/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sessions sessions;
    private final AuthOptions.Mode mode;
    private final UserStore users;

    AccessFilter(Sessions sessions, AuthOptions.Mode mode, UserStore users) {
        this.sessions = sessions;
        this.mode = mode;
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        String inQuery = TokenCredentials.refusalOfQuery(req.getQueryString());
        if (inQuery != null) {
            refuse(req, res, HttpServletResponse.SC_BAD_REQUEST, inQuery);
            return;
        }
        String authorization = req.getHeader("Authorization");
        Optional<Requester> account;
        if (authorization != null) {
            // A request with credentials of its own is that account's alone: no session, so no CSRF token needed
            // (no browser sends a Bearer header by itself). Wrong credentials are refused, never ignored.
            account = TokenCredentials.account(authorization, git(path), users).map(Requester::of);
            if (account.isEmpty()) {
                refuse(req, res, HttpServletResponse.SC_UNAUTHORIZED, "the API token is unknown, revoked or its "
                        + "account disabled (send Authorization: Bearer TOKEN; git sends your name and a token as Basic "
                        + "credentials, on git URLs only)");
                return;
            }
        } else {
            // A session of an account disabled (or removed) since it signed in acts for no one.
            account = sessions.find(cookie(req)).flatMap(s -> {
                req.setAttribute(Access.SESSION, s);
                return users.find(s.user()).filter(a -> !a.disabled()).map(Requester::of);
            });
        }
        req.setAttribute(Access.REQUESTER, account.orElse(mode == AuthOptions.Mode.OPTIONAL ? Requester.LOCAL
                : Requester.NOBODY));
        if (mode == AuthOptions.Mode.REQUIRED && account.isEmpty() && !open(path)) {
            signInFirst(req, res, path);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean git(String path) {
        return path.contains(".git/");
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

    private static void signInFirst(HttpServletRequest req, HttpServletResponse res, String path) throws IOException {
        if (git(path)) {
            // git asks its user for a name and password on this, and sends them as Basic credentials.
            res.setHeader("WWW-Authenticate", "Basic realm=\"evofit\", charset=\"UTF-8\"");
            refuse(req, res, HttpServletResponse.SC_UNAUTHORIZED, "this service requires signing in: give git your "
                    + "name and, as the password, an API token (made on your account page, /account)");
        } else if (wantsJson(req, path) || !"GET".equals(req.getMethod())) {
            refuse(req, res, HttpServletResponse.SC_UNAUTHORIZED, "sign in first: this service requires an account (the "
                    + "page " + SignInFeature.SIGN_IN + " signs in a browser; scripts send Authorization: Bearer TOKEN)");
        } else {
            String next = path + (req.getQueryString() != null ? "?" + req.getQueryString() : "");
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", SignInFeature.SIGN_IN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
    }

    private static boolean wantsJson(HttpServletRequest req, String path) {
        String accept = req.getHeader("Accept");
        return path.startsWith("/api/") || accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    /** Answers {@code status} with {@code message}: JSON to the API, words git shows its user, text otherwise. */
    private static void refuse(HttpServletRequest req, HttpServletResponse res, int status, String message)
            throws IOException {
        String id = RequestIds.accept(req.getHeader(RequestIds.HEADER));
        res.setHeader(RequestIds.HEADER, id);
        String path = req.getRequestURI();
        if (!git(path) && wantsJson(req, path)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", message);
            body.put("requestId", id);
            res.setStatus(status);
            res.setContentType("application/json");
            res.getOutputStream().write(JSON.writeValueAsBytes(body));
        } else {
            text(res, status, message);
        }
    }

    private static void text(HttpServletResponse res, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain; charset=UTF-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
