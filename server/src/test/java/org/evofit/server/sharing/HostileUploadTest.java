package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.evofit.server.UploadLimits;
import org.junit.jupiter.api.Test;

/**
 * Uploads that try to exhaust the service are refused, and the service goes on answering: a model that is an
 * alias bomb (aliases are refused outright, so none is ever expanded) or nested far deeper than any model (the
 * parser's depth limit), an upload that declares 10 GB (refused before its body is read), and a chunked upload
 * that never ends (cut off at the file limit, not read on into memory or disk).
 */
class HostileUploadTest extends WithLab {

    private static final String FILES = "/api/projects/" + Lab.PROJECT + "/files";

    @Test
    void anAliasBombAndADeeplyNestedModelAreRefusedAndNothingIsKept() throws Exception {
        StringBuilder bomb = new StringBuilder("kind: curve\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        Path bombFile = Files.writeString(data.resolve("bomb.yaml"), bomb.toString());
        HttpResponse<String> refused = lab.alice.upload(FILES, bombFile);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("bomb.yaml").contains("aliases are not supported");

        Path deep = Files.writeString(data.resolve("deep.yaml"), "kind: curve\ncomponents: " + "[".repeat(100_000)
                + "]".repeat(100_000) + "\n");
        HttpResponse<String> tooDeep = lab.alice.upload(FILES, deep);
        assertThat(tooDeep.statusCode()).as(tooDeep.body()).isEqualTo(400);
        assertThat(tooDeep.body()).contains("deep.yaml").doesNotContain("StackOverflow");

        assertThat(lab.alice.get(FILES).body()).doesNotContain("bomb.yaml").doesNotContain("deep.yaml");
    }

    @Test
    void anUploadDeclaringTenGigabytesIsRefusedBeforeItsBody() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + FILES + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + lab.alice.credentialHeaders()
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (10L << 30) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Not a byte of the body is sent: the answer must come from the declared length alone.
            assertThat(statusLine(socket)).contains(" 413");
        }
        assertThat(lab.alice.get(FILES).statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedUploadThatNeverEndsIsCutOff() throws Exception {
        AtomicLong sent = new AtomicLong();
        String answer = endlessUpload(lab, Long.MAX_VALUE, sent);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than the limit of " + (256L << 20) + " bytes per file");
        // It was cut off near the file limit (256 MiB), not read on.
        assertThat(sent.get()).isLessThan(1L << 30);
        assertThat(lab.alice.get(FILES).body()).doesNotContain("endless.dat");
    }

    /**
     * A chunked upload of endless files each under the limit per file is cut off past the project's limit and
     * refused 413 naming it (Jetty's whole-body limit), not answered 400 as an unreadable body.
     */
    @Test
    void aChunkedUploadOfEndlesslyManySmallFilesIsCutOffAtTheProjectLimit() throws Exception {
        UploadLimits limits = new UploadLimits(1, UploadLimits.DEFAULT_MAX_FILES, 1L << 20, 4L << 20);
        try (Lab small = new Lab(Files.createDirectories(data.resolve("small")), limits)) {
            AtomicLong sent = new AtomicLong();
            String answer = endlessUpload(small, 1L << 19, sent);
            assertThat(answer).startsWith("HTTP/1.1 413")
                    .contains("the upload is larger than the limit of " + (4L << 20) + " bytes");
            assertThat(sent.get()).isLessThan(64L << 20);
            assertThat(small.alice.get(FILES).body()).doesNotContain("endless");
        }
    }

    /**
     * Posts to {@code lab}'s project a chunked multipart upload that never ends, a new file part every
     * {@code partBytes} bytes, until the service answers; {@code sent} counts the file bytes written.
     */
    private static String endlessUpload(Lab lab, long partBytes, AtomicLong sent) throws Exception {
        try (Socket socket = connect(lab)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + FILES + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + lab.alice.credentialHeaders()
                    + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[1 << 16];
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    for (int file = 0; !Thread.currentThread().isInterrupted(); file++) {
                        String part = (file == 0 ? "" : "\r\n") + "--b\r\nContent-Disposition: form-data; name=\"files\"; "
                                + "filename=\"endless" + file + ".dat\"\r\nContent-Type: application/octet-stream\r\n\r\n";
                        out.write((Integer.toHexString(part.length()) + "\r\n" + part + "\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        for (long inPart = 0; inPart < partBytes && !Thread.currentThread().isInterrupted(); inPart += chunk.length) {
                            out.write(head);
                            out.write(chunk);
                            out.write('\r');
                            out.write('\n');
                            sent.addAndGet(chunk.length);
                        }
                    }
                } catch (Exception closedByTheServer) {
                    // The service stopped reading: what this test waits for.
                }
            }, "endless-upload");
            writer.setDaemon(true);
            writer.start();
            String answer = answer(socket);
            writer.interrupt();
            return answer;
        }
    }

    private Socket connect() throws Exception {
        return connect(lab);
    }

    private static Socket connect(Lab lab) throws Exception {
        Socket socket = new Socket(lab.server.url().getHost(), lab.server.url().getPort());
        socket.setSoTimeout(120_000);
        return socket;
    }

    /** The answer's status line, headers and the start of its body. */
    private static String answer(Socket socket) throws Exception {
        byte[] buffer = new byte[4096];
        int n = socket.getInputStream().readNBytes(buffer, 0, 1);
        int more = socket.getInputStream().available();
        n += socket.getInputStream().readNBytes(buffer, 1, Math.min(more, buffer.length - 1));
        return new String(buffer, 0, n, StandardCharsets.UTF_8);
    }

    private static String statusLine(Socket socket) throws Exception {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }
}
