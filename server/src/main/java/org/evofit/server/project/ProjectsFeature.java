package org.evofit.server.project;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.DataDirectory;
import org.evofit.server.RequestIds;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.UploadLimits;

/**
 * Projects and uploads: the projects list ({@code /}), a project's page and files, and their JSON twins
 * under {@code /api/projects}. Uploads are multipart requests whose parts Jetty streams to {@code uploads/}.
 */
public final class ProjectsFeature implements ServerFeature {

    /** Files shown as text on their page up to this size; larger ones only by their raw link. */
    private static final long PAGE_TEXT_LIMIT = 1 << 20;

    private final Projects projects;
    private final DataDirectory data;
    private final UploadLimits limits;
    private final List<ProjectSection> sections;
    private final ProjectAccess access;

    /**
     * @param sections what other parts add to project and file pages (the runs, the sharing)
     * @param access   who sees which project (the list), owns a new one and may upload scripts
     */
    public ProjectsFeature(Projects projects, DataDirectory data, UploadLimits limits, List<ProjectSection> sections,
                           ProjectAccess access) {
        this.projects = projects;
        this.data = data;
        this.limits = limits;
        this.sections = List.copyOf(sections);
        this.access = access;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get("/", ctx -> ctx.html(ProjectPages.list(visible(ctx))));
        config.routes.post("/projects", ctx -> ctx.redirect("/projects/" + create(ctx).name()));
        config.routes.get("/projects/{p}", ctx -> ctx.html(ProjectPages.project(projects.get(ctx.pathParam("p")), sections, ctx)));
        config.routes.post("/projects/{p}/files", ctx -> ctx.html(ProjectPages.uploaded(upload(ctx))));
        config.routes.get("/projects/{p}/files/<path>", this::filePage);
        config.routes.post("/projects/{p}/edits/<path>", ctx -> ctx.redirect("/projects/" + ctx.pathParam("p")
                + "/files/" + edit(ctx).path()));
        config.routes.post("/api/projects/{p}/edits/<path>", ctx -> {
            ProjectFile saved = edit(ctx);
            ctx.status(201).header("Location", "/api/projects/" + ctx.pathParam("p") + "/files/" + saved.path()).json(saved);
        });
        config.routes.get("/api/projects", ctx -> ctx.json(visible(ctx).stream().map(ProjectsFeature::summary).toList()));
        config.routes.post("/api/projects", ctx -> {
            Project created = create(ctx);
            ctx.status(201).header("Location", "/api/projects/" + created.name()).json(summary(created));
        });
        config.routes.get("/api/projects/{p}", ctx -> ctx.json(summary(projects.get(ctx.pathParam("p")))));
        config.routes.get("/api/projects/{p}/files", ctx -> ctx.json(projects.get(ctx.pathParam("p")).files()));
        // Several files may come in one upload: the Location is the project's file list that holds them.
        config.routes.post("/api/projects/{p}/files", ctx -> {
            UploadResult stored = upload(ctx);
            ctx.status(201).header("Location", "/api/projects/" + ctx.pathParam("p") + "/files").json(stored);
        });
        config.routes.get("/api/projects/{p}/files/<path>", this::raw);
    }

    private Project create(Context ctx) {
        String name = ctx.formParam("name");
        if (name == null && ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            name = String.valueOf(ctx.bodyAsClass(Map.class).get("name"));
        }
        Project created = projects.create(access.owner(ctx), name);
        access.created(ctx, created);
        return created;
    }

    private List<Project> visible(Context ctx) {
        return projects.list().stream().filter(p -> access.visible(ctx, p.name())).toList();
    }

    private UploadResult upload(Context ctx) {
        Project project = projects.get(ctx.pathParam("p"));
        if (ctx.contentType() == null || !ctx.contentType().startsWith("multipart/form-data")) {
            throw ServiceException.badInput("an upload is a multipart/form-data request with one part per file", null);
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxProjectBytes()) {
            throw new ServiceException(413, "the upload is " + declared + " bytes, more than the limit of "
                    + limits.maxProjectBytes() + " bytes per project (--project-max-bytes)");
        }
        try (StagedUpload staged = StagedUpload.receive(ctx, data.uploads(), limits)) {
            access.checkScripts(ctx, staged.files().entrySet().stream().filter(f -> f.getValue() == FileKind.SCRIPT)
                    .map(Map.Entry::getKey).toList());
            return Uploads.store(project, staged, limits, "true".equals(ctx.formParam("lenient")), RequestIds.of(ctx));
        }
    }

    private ProjectFile edit(Context ctx) {
        Project project = projects.get(ctx.pathParam("p"));
        String path = ctx.pathParam("path");
        project.file(path);
        if (FileKind.ofStored(path).orElse(null) != FileKind.MODEL) {
            throw ServiceException.badInput(path + ": only model files (YAML or JSON) are edited here; a model script "
                    + "is edited as its Java source", null);
        }
        return ModelEdits.save(project, path, EditRequest.from(ctx), data.uploads(), RequestIds.of(ctx));
    }

    private void filePage(Context ctx) throws IOException {
        Project project = projects.get(ctx.pathParam("p"));
        String path = ctx.pathParam("path");
        Path file = project.file(path);
        FileKind kind = FileKind.ofStored(path).orElse(null);
        String text = kind == FileKind.GENX || Files.size(file) > PAGE_TEXT_LIMIT
                ? "(" + Files.size(file) + " bytes: download it with the raw link)"
                : Files.readString(file, StandardCharsets.UTF_8);
        ServiceException problem = kind == FileKind.MODEL || kind == FileKind.SCRIPT
                ? ModelCheck.problem(file, project.dir().resolve(FileKind.DATA.folder()), data.uploads()) : null;
        StringBuilder extra = new StringBuilder(kind == FileKind.MODEL && problem == null
                ? ModelEdits.form(project, path, data.uploads()) : "");
        for (ProjectSection s : sections) {
            extra.append(s.fileHtml(project, path));
        }
        ctx.html(ProjectPages.file(project, path, text, problem, extra.toString()));
    }

    private void raw(Context ctx) throws IOException {
        Path file = projects.get(ctx.pathParam("p")).file(ctx.pathParam("path"));
        ctx.contentType("text/plain; charset=utf-8");
        if (FileKind.ofStored(ctx.pathParam("path")).orElse(null) == FileKind.GENX) {
            ctx.contentType("application/octet-stream");
        }
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        ctx.result(Files.newInputStream(file));
    }

    private static Map<String, Object> summary(Project project) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", project.name());
        out.put("files", project.files());
        out.put("url", "/projects/" + project.name());
        return out;
    }
}
