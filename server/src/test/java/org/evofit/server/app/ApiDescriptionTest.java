package org.evofit.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI description against the service that serves it: every {@code /api/} route the
 * running service declares is described with its method, every described operation is a declared route,
 * the document is valid OpenAPI 3.1, and the error schema is what refusals really look like.
 */
class ApiDescriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    @TempDir
    Path data;

    private EvofitServer server;
    private ServiceClient client;
    private String document;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
        HttpResponse<String> r = client.get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        document = r.body();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void describesEveryApiRouteAndNoOther() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (EvofitServer.Route route : server.routes()) {
            if (route.path().startsWith("/api/")) {
                declared.add(route.method() + " " + openApiPath(route.path()));
            }
        }
        Set<String> described = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = JSON.readTree(document).get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(key -> {
                if (METHODS.contains(key)) {
                    described.add(key.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        // The routes the projects and results parts declare are among them: the listing is not empty by accident.
        assertThat(declared).contains("POST /api/projects/{p}/files", "GET /api/runs/{id}/files/{name}", "GET /api/openapi.json");
        assertThat(described).as("operations in openapi.json").isEqualTo(declared);
    }

    @Test
    void everyPathParameterIsDeclaredAndEveryDeclaredOneIsInItsPath() throws Exception {
        JsonNode doc = JSON.readTree(document);
        List<String> mismatches = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            Set<String> inTemplate = new TreeSet<>();
            Matcher m = TEMPLATE.matcher(path.getKey());
            while (m.find()) {
                inTemplate.add(m.group(1));
            }
            path.getValue().fields().forEachRemaining(operation -> {
                Set<String> declared = new TreeSet<>();
                operation.getValue().path("parameters").forEach(p -> {
                    JsonNode param = p.has("$ref") ? resolve(doc, p.get("$ref").asText()) : p;
                    if ("path".equals(param.path("in").asText())) {
                        declared.add(param.get("name").asText());
                    }
                });
                if (!declared.equals(inTemplate)) {
                    mismatches.add(operation.getKey() + " " + path.getKey() + " declares " + declared);
                }
            });
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void isValidOpenApi31WithEveryReferenceResolved() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/projects/{p}/files");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("Error").getRequired())
                .containsExactlyInAnyOrder("message", "requestId");
    }

    @Test
    void aStartDescribesEveryOptimizerSettingAModelFileHas() throws Exception {
        Set<String> properties = new TreeSet<>();
        JSON.readTree(document).at("/components/schemas/StartRequest/properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsAll(org.evofit.core.fit.OptimizerSettings.keys()).contains("fom", "values");
    }

    @Test
    void aStartDescribesThePosteriorSamplingSettingsAndTheSubmissionKeepsThem() throws Exception {
        JsonNode schemas = JSON.readTree(document).at("/components/schemas");
        for (String schema : List.of("StartRequest", "StartForm")) {
            Set<String> properties = new TreeSet<>();
            schemas.at("/" + schema + "/properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(schema).contains("mcmc", "walkers", "steps", "burn", "thin");
        }
        Set<String> kept = new TreeSet<>();
        schemas.at("/Submission/properties/sample/oneOf/1/properties").fieldNames().forEachRemaining(kept::add);
        assertThat(kept).containsExactly("burn", "steps", "thin", "walkers");
    }

    @Test
    void refusalsHaveTheDescribedErrorShape() throws Exception {
        JsonNode errorSchema = JSON.readTree(document).at("/components/schemas/Error");
        Set<String> properties = new TreeSet<>();
        errorSchema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<HttpResponse<String>> refusals = List.of(
                client.get("/api/projects/nothing-here"),
                client.postJson("/api/projects", "{\"name\":\"Not/A/Name\"}"),
                client.get("/api/runs/0123456789/zip"));
        for (HttpResponse<String> r : refusals) {
            assertThat(r.statusCode()).isBetween(400, 499);
            JsonNode body = JSON.readTree(r.body());
            Set<String> keys = new TreeSet<>();
            body.fieldNames().forEachRemaining(keys::add);
            assertThat(properties).as(r.body()).containsAll(keys);
            errorSchema.get("required").forEach(req -> assertThat(body.has(req.asText())).as(r.body()).isTrue());
            assertThat(body.get("requestId").asText()).isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
        }
    }

    /** Javalin's {@code <name>} (a parameter that may span slashes) is OpenAPI's {@code {name}}. */
    private static String openApiPath(String javalinPath) {
        return javalinPath.replaceAll("<([^>]+)>", "{$1}");
    }

    private static JsonNode resolve(JsonNode doc, String ref) {
        assertThat(ref).startsWith("#/");
        return doc.at(ref.substring(1));
    }
}
