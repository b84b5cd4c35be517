package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.sharing.Lab.PASSWORD;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.limits.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No secret is written anywhere a person reads: every log line the service and its libraries write at any level
 * (captured here at DEBUG while users sign in, fail to, make an API token and use it) and the audit log hold
 * neither the passwords nor the token.
 */
class LogSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void neitherPasswordsNorTokensAreLogged() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        String wrong = "Wrong-Password-4711";
        String token;
        try (Lab lab = new Lab(data)) {
            User bob = new User(lab.server.url(), "bob");
            bob.send(bob.request("/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("user=bob&password=" + wrong)), false);
            token = JSON.readTree(lab.alice.postJson("/api/account/tokens", "{\"label\":\"ci\"}").body()).path("token").asText();
            assertThat(token).hasSizeGreaterThan(20);
            assertThat(lab.anonymous.send(lab.anonymous.request("/api/projects").header("Authorization", "Bearer " + token),
                    false).statusCode()).isEqualTo(200);
            assertThat(lab.anonymous.send(lab.anonymous.request("/api/projects").header("Authorization", "Bearer " + token
                    + "x"), false).statusCode()).isEqualTo(401);
        } finally {
            root.setLevel(before);
            root.detachAppender(captured);
        }
        List<ILoggingEvent> events;
        // Threads of the closed service may still be appending: the appender appends under its own lock.
        synchronized (captured) {
            captured.stop();
            events = new ArrayList<>(captured.list);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : events) {
            lines.add(e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " " + e.getKeyValuePairs()
                    + (e.getThrowableProxy() != null ? ThrowableProxyUtil.asString(e.getThrowableProxy()) : ""));
        }
        assertThat(lines).as("what was captured").anyMatch(l -> l.contains("alice signed in"))
                .anyMatch(l -> l.contains("failed sign-in for 'bob'")).hasSizeGreaterThan(100);
        String audit = Files.readString(data.resolve("service").resolve(AuditLog.FILE));
        assertThat(audit).contains("sign-in-failure", "\"user\":\"bob\"");
        for (String secret : List.of(PASSWORD, User.enc(PASSWORD), wrong, token)) {
            assertThat(lines).as("log lines holding a secret").noneMatch(l -> l.contains(secret));
            assertThat(audit).doesNotContain(secret);
        }
    }
}
