package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.evofit.wrapper.model.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @TempDir
    Path tmp;

    @Test
    void committedModelFileRecordsHeadAndNoUncommittedChanges() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("fits/model.yaml", "kind: curve\n");
            String head = repo.commit("fits/model.yaml");

            Provenance p = Provenance.of(model);

            assertThat(p.modelRepositoryCommit()).isEqualTo(head);
            assertThat(p.modelUncommitted()).isFalse();
            assertThat(p.repositoryUncommitted()).isFalse();
            assertThat(p.modelFile()).isEqualTo(model.toAbsolutePath().toString());
        }
    }

    @Test
    void aModelFileNamedRelativeToAFolderIsStillReadWhereItIs() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("input/models/model.yaml", "kind: curve\n");
            String head = repo.commit("input/models/model.yaml");

            Provenance named = Provenance.of(model, FileNames.relativeTo(tmp.resolve("input")));
            Provenance given = Provenance.of(model);

            assertThat(named.modelFile()).isEqualTo("models/model.yaml");
            assertThat(named.modelSha256()).isEqualTo(given.modelSha256()).isNotNull();
            assertThat(named.modelRepositoryCommit()).isEqualTo(head);
            assertThat(named.modelUncommitted()).isFalse();
        }
    }

    @Test
    void modelFileModifiedAfterTheCommitIsUncommitted() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            String head = repo.commit("model.yaml");
            repo.write("model.yaml", "kind: curve\nfom: log\n");

            Provenance p = Provenance.of(model);

            assertThat(p.modelRepositoryCommit()).isEqualTo(head);
            assertThat(p.modelUncommitted()).isTrue();
            assertThat(p.repositoryUncommitted()).isTrue();
            // Read beside the caller (as beside a fit), the same.
            assertThat(ProvenanceReading.start(model).await()).isEqualTo(p);
        }
    }

    @Test
    void anotherModifiedFileMakesTheRepositoryButNotTheModelUncommitted() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.write("data.dat", "1 2\n");
            repo.commit("model.yaml", "data.dat");
            repo.write("data.dat", "1 3\n");

            Provenance p = Provenance.of(model);

            assertThat(p.modelUncommitted()).isFalse();
            assertThat(p.repositoryUncommitted()).isTrue();
        }
    }

    @Test
    void untrackedModelFileIsUncommittedWhileUntrackedFilesLeaveTheRepositoryClean() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            repo.write("README", "fits\n");
            String head = repo.commit("README");
            Path model = repo.write("new/model.yaml", "kind: curve\n");

            Provenance p = Provenance.of(model);

            assertThat(p.modelRepositoryCommit()).isEqualTo(head);
            assertThat(p.modelUncommitted()).isTrue();
            assertThat(p.repositoryUncommitted()).isFalse();
        }
    }

    @Test
    void modelFileOutsideAnyRepositoryHasNoRepositoryFields() throws Exception {
        assumeTrue(new FileRepositoryBuilder().findGitDir(tmp.toFile()).getGitDir() == null,
                "the temporary directory must not lie inside a git repository");
        Path model = Files.writeString(tmp.resolve("model.yaml"), "kind: curve\n");

        Provenance p = Provenance.of(model);

        assertThat(p.modelRepositoryCommit()).isNull();
        assertThat(p.modelUncommitted()).isNull();
        assertThat(p.repositoryUncommitted()).isNull();
        assertThat(p.modelSha256()).isNotNull();
    }

    @Test
    void sha256IsTheHashOfTheFilesBytes() throws Exception {
        byte[] bytes = "kind: curve\ncomponents: []\n\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path model = Files.write(tmp.resolve("model.yaml"), bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(Provenance.of(model).modelSha256()).isEqualTo(expected);
    }

    @Test
    void sha256MatchesTheStandardTestVector() throws Exception {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        Path file = Files.writeString(tmp.resolve("abc"), "abc");

        assertThat(Sha256.of(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void missingModelFileGivesNullsInsteadOfAnException() {
        Provenance p = Provenance.of(tmp.resolve("no-such-model.yaml"));

        assertThat(p.modelFile()).endsWith("no-such-model.yaml");
        assertThat(p.modelSha256()).isNull();
        assertThat(p.modelRepositoryCommit()).isNull();
        assertThat(p.modelUncommitted()).isNull();
    }

    @Test
    void recordsTheBuildAndThePlatform() {
        Provenance p = Provenance.of(null);

        assertThat(p.modelFile()).isNull();
        assertThat(p.evofitVersion()).isEqualTo(Version.current()).isNotEqualTo("unknown");
        assertThat(p.buildCommit()).isEqualTo(Version.commit());
        assertThat(p.jvm()).isEqualTo(new JavaRuntime(System.getProperty("java.version"),
                System.getProperty("java.vendor")));
        assertThat(p.os()).isEqualTo(new OperatingSystem(System.getProperty("os.name"),
                System.getProperty("os.arch")));
    }
}
