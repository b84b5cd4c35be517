package org.evofit.server.git;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitFilter;
import org.eclipse.jgit.lib.Repository;
import org.evofit.server.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sits in front of the pages on {@code /projects/*} and takes only git's smart-HTTP requests
 * ({@code /projects/NAME.git/info/refs} and {@code .../git-upload-pack}); every other path, the
 * project pages included, goes on to the pages untouched. Pushes ({@code git-receive-pack}) and
 * unknown projects are answered here, in words {@code git} shows its user ("remote: ..."), before
 * JGit is asked; JGit serves fetches and clones of the projects that exist, with its dumb-HTTP file
 * serving off so nothing but the protocol's answers leaves a repository.
 */
final class ReadOnlyGitFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyGitFilter.class);

    /** The prefix this filter is mapped at; JGit sees the path after it, as if mounted there. */
    static final String MOUNT = "/projects";

    private static final Pattern GIT_REQUEST =
            Pattern.compile(MOUNT + "/([^/]+)\\.git/(info/refs|git-upload-pack|git-receive-pack)");
    private static final String RECEIVE_PACK = "git-receive-pack";

    private final ProjectRepositories repositories;
    private final GitFilter git = new GitFilter();

    private final BiPredicate<HttpServletRequest, String> visible;

    ReadOnlyGitFilter(ProjectRepositories repositories, BiPredicate<HttpServletRequest, String> visible) {
        this.repositories = repositories;
        this.visible = visible;
        git.setRepositoryResolver(this::open);
        git.setReceivePackFactory(null);
        git.setAsIsFileService(null);
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        git.init(config);
    }

    @Override
    public void destroy() {
        git.destroy();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = pathOf(req);
        Matcher gitRequest = GIT_REQUEST.matcher(path);
        if (!gitRequest.matches()) {
            chain.doFilter(request, response);
            return;
        }
        // Javalin's before-handlers do not run for what this filter answers: the request id is set here.
        String id = RequestIds.accept(req.getHeader(RequestIds.HEADER));
        res.setHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            serve(gitRequest.group(1), gitRequest.group(2), path, req, res, chain);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private void serve(String project, String service, String path, HttpServletRequest req, HttpServletResponse res,
            FilterChain chain) throws IOException, ServletException {
        if (RECEIVE_PACK.equals(service) || RECEIVE_PACK.equals(req.getParameter("service"))) {
            refuse(res, HttpServletResponse.SC_FORBIDDEN, "project " + project + " is served read-only: git push is not accepted"
                    + " (upload files on the project's page or to /api/projects/" + project + "/files)");
            return;
        }
        // A project the requester may not see is one that does not exist: the same answer, never 403.
        if (repositories.gitDirectory(project).isEmpty() || !visible.test(req, project)) {
            refuse(res, HttpServletResponse.SC_NOT_FOUND, "no project named '" + project + "'");
            return;
        }
        LOG.info("git {} of project {}", service, project);
        git.doFilter(new MountedRequest(req, path.substring(MOUNT.length())), res, chain);
    }

    /** The request's path inside the context, decoded and normalised by the container. */
    private static String pathOf(HttpServletRequest req) {
        String info = req.getPathInfo();
        return req.getServletPath() + (info != null ? info : "");
    }

    private Repository open(HttpServletRequest req, String name) throws RepositoryNotFoundException {
        String project = name.endsWith(".git") ? name.substring(0, name.length() - ".git".length()) : name;
        try {
            return repositories.open(project).orElseThrow(() -> new RepositoryNotFoundException(name));
        } catch (IOException e) {
            throw new RepositoryNotFoundException(name, e);
        }
    }

    private static void refuse(HttpServletResponse res, int status, String message) throws IOException {
        // git prints a text/plain error body to its user as "remote: ...".
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain; charset=UTF-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** The request as JGit expects it when mounted at {@link #MOUNT}: the path after the mount point. */
    private static final class MountedRequest extends HttpServletRequestWrapper {

        private final String pathInfo;

        MountedRequest(HttpServletRequest request, String pathInfo) {
            super(request);
            this.pathInfo = pathInfo;
        }

        @Override
        public String getServletPath() {
            return MOUNT;
        }

        @Override
        public String getPathInfo() {
            return pathInfo;
        }
    }
}
