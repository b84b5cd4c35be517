package org.evofit.server.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelInputs#delete} removes a scratch folder while something else removes its files, as Jetty removes a
 * refused upload's multipart parts while the upload's close removes its folder (HostileUploadTest once answered
 * 500 instead of 413 when a part vanished under the walk).
 */
class ModelInputsDeleteTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderWhoseFilesVanishWhileItIsRemovedIsRemovedWithoutError() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path folder = Files.createDirectories(tmp.resolve("upload-" + round).resolve("parts"));
            List<Path> parts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                parts.add(Files.writeString(folder.resolve("MultiPart" + i), "x"));
            }
            Collections.shuffle(parts, new Random(round));
            CountDownLatch started = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                started.countDown();
                for (Path part : parts) {
                    try {
                        Files.deleteIfExists(part);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            other.start();
            started.await();
            Path upload = folder.getParent();
            assertThatCode(() -> ModelInputs.delete(upload)).doesNotThrowAnyException();
            other.join();
            assertThat(upload).doesNotExist();
        }
    }

    @Test
    void aMissingFolderIsNothingToRemove() {
        assertThatCode(() -> ModelInputs.delete(tmp.resolve("never-made"))).doesNotThrowAnyException();
    }
}
