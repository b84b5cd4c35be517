package org.evofit.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused upload's reason keeps the server's own folders out of what the uploader reads. */
class StagedUploadMessageTest {

    @TempDir
    Path data;

    @Test
    void aDiskErrorsMessageLosesTheScratchFilesPath() {
        Path uploads = data.resolve("uploads");
        String disk = uploads.resolve("upload-123/MultiPart456.tmp") + ": No space left on device";

        String shown = StagedUpload.withoutServerPaths(disk, uploads);

        assertThat(shown).doesNotContain(data.toString())
                .isEqualTo("<upload folder>/upload-123/MultiPart456.tmp: No space left on device");
    }

    @Test
    void aRelativeFolderIsHiddenAsWellAsItsAbsoluteForm() {
        Path uploads = Path.of("service-data/uploads");
        String absolute = uploads.toAbsolutePath() + "/upload-1/x.tmp (Permission denied)";
        String relative = "service-data/uploads/upload-1/x.tmp (Permission denied)";

        String hidden = "<upload folder>/upload-1/x.tmp (Permission denied)";

        assertThat(StagedUpload.withoutServerPaths(absolute, uploads)).isEqualTo(hidden);
        assertThat(StagedUpload.withoutServerPaths(relative, uploads)).isEqualTo(hidden);
    }

    @Test
    void aParsersOwnWordsAreKept() {
        assertThat(StagedUpload.withoutServerPaths("Missing initial multi part boundary", data))
                .isEqualTo("Missing initial multi part boundary");
        assertThat(StagedUpload.withoutServerPaths(null, data)).isEqualTo("no reason given");
    }
}
