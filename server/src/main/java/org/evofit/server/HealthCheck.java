package org.evofit.server;

import io.javalin.config.JavalinConfig;

/**
 * {@code GET /api/health}: answers while the service runs, for probes (Ansible, nginx, load tests).
 */
public final class HealthCheck implements ServerFeature {

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get("/api/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
    }
}
