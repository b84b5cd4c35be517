package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.model.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's run names the cached copies of a sweep's inputs as the stored sweep names their originals (evofit
 * serve's: as uploaded), and any other file by its path, which {@link SubmitterView} makes original again.
 */
class InputNamesTest {

    @TempDir
    Path cache;

    @Test
    void aCachedInputIsNamedAsItsOriginalWasStoredAndOthersByTheirPath() {
        InputFiles.Local local = new InputFiles.Local(cache.resolve("s1/inputs"), Map.of());
        FileNames names = local.naming(Map.of("/srv/runs/7/input/models/model.yaml", "models/model.yaml"));
        Path model = cache.resolve("s1/inputs/srv/runs/7/input/models/model.yaml");
        assertThat(names.of(model)).isEqualTo("models/model.yaml");
        assertThat(names.of(cache.resolve("s1/inputs/srv/runs/7/input/models/../models/model.yaml")))
                .isEqualTo("models/model.yaml");
        Path unnamed = cache.resolve("s1/inputs/srv/runs/7/input/data/a.dat");
        assertThat(names.of(unnamed)).isEqualTo(unnamed.toString());
        assertThat(SubmitterView.text(names.of(unnamed), cache.resolve("s1/inputs"))).isEqualTo("/srv/runs/7/input/data/a.dat");
        assertThat(names.of(Path.of("/srv/runs/7/input/models/model.yaml"))).as("not in the cache")
                .isEqualTo("/srv/runs/7/input/models/model.yaml");
    }

    /**
     * A worker's failed run says which file was wrong as the submitter named it: the cached copy's path, and the
     * original's (the server's), become the stored name; any other cached path is left for {@link SubmitterView}.
     */
    @Test
    void anErrorNamesTheCachedAndOriginalPathsOfAnInputAsStored() {
        Path root = cache.resolve("s1/inputs");
        FileNames names = new InputFiles.Local(root, Map.of()).naming(Map.of("/srv/runs/7/input/data/a.dat",
                "data/a.dat", "/srv/runs/7/input/data/a.dat.bak", "data/a.dat.bak"));
        String detail = ":5:10: expected a number in column 2 (y) but found 'x'";
        assertThat(names.inText(root.resolve("srv/runs/7/input/data/a.dat") + detail)).isEqualTo("data/a.dat" + detail);
        assertThat(names.inText(cache.toAbsolutePath().resolve("s1/inputs/srv/runs/7/input/data/a.dat.bak") + detail))
                .isEqualTo("data/a.dat.bak" + detail);
        assertThat(names.inText("/srv/runs/7/input/data/a.dat" + detail)).isEqualTo("data/a.dat" + detail);
        String other = root.resolve("srv/runs/7/input/data/b.dat") + detail;
        assertThat(SubmitterView.text(names.inText(other), root)).isEqualTo("/srv/runs/7/input/data/b.dat" + detail);
        assertThat(InputFiles.naming(Map.of("/srv/runs/7/input/data/a.dat", "data/a.dat"))
                .inText("/srv/runs/7/input/data/a.dat" + detail)).isEqualTo("data/a.dat" + detail);
        assertThat(FileNames.AS_GIVEN.inText("/a/b.dat" + detail)).isEqualTo("/a/b.dat" + detail);
    }

    @Test
    void aSweepWithoutNamesNamesEveryFileAsGiven() {
        assertThat(new InputFiles.Local(cache, Map.of()).naming(Map.of())).isSameAs(FileNames.AS_GIVEN);
        assertThat(InputFiles.shownAs(List.of("/a/model.yaml"), FileNames.AS_GIVEN)).isEmpty();
        assertThat(InputFiles.naming(Map.of())).isSameAs(FileNames.AS_GIVEN);
    }

    @Test
    void theStoredNamesAreTheSubmittersNamesOfEachInput() {
        FileNames uploaded = FileNames.relativeTo(Path.of("/srv/runs/7/input"));
        Map<String, String> shownAs = InputFiles.shownAs(List.of("/srv/runs/7/input/models/model.yaml",
                "/srv/runs/7/input/data/a.dat"), uploaded);
        assertThat(shownAs).containsExactly(Map.entry("/srv/runs/7/input/models/model.yaml", "models/model.yaml"),
                Map.entry("/srv/runs/7/input/data/a.dat", "data/a.dat"));
        assertThat(InputFiles.naming(shownAs).of(Path.of("/srv/runs/7/input/data/a.dat"))).isEqualTo("data/a.dat");
        assertThat(InputFiles.naming(shownAs).of(Path.of("/elsewhere/b.dat"))).isEqualTo("/elsewhere/b.dat");
    }
}
