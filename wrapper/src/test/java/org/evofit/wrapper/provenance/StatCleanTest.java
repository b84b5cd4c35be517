package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick clean answer against JGit's full status of the same repository: certain only where the status finds
 * no uncommitted change, and not certain after each kind of change git knows. The files are dated an hour back
 * before they are committed, so that the index does not hold them as racily clean (which leaves the answer to
 * the full walk, as for a file changed within the index's own timestamp).
 */
class StatCleanTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path tmp;

    @Test
    void committedTreeUntouchedSinceIsCertainlyClean() throws Exception {
        try (TestRepository repo = committed()) {
            repo.write("out/result.json", "{}\n"); // untracked: not a change

            assertThat(certainly(repo)).isTrue();
            assertThat(repo.git().status().call().hasUncommittedChanges()).isFalse();
        }
    }

    @Test
    void modifiedFileIsNotCertain() throws Exception {
        try (TestRepository repo = committed()) {
            repo.write("data/curve.dat", "1 2\n3 5\n");

            assertThat(certainly(repo)).isFalse();
            assertThat(repo.git().status().call().getModified()).containsExactly("data/curve.dat");
        }
    }

    @Test
    void stagedChangeIsNotCertain() throws Exception {
        try (TestRepository repo = committed()) {
            Files.setLastModifiedTime(repo.write("model.yaml", "kind: peaks\n"), AN_HOUR_AGO);
            repo.stage("model.yaml");

            assertThat(certainly(repo)).isFalse();
            assertThat(repo.git().status().call().getChanged()).containsExactly("model.yaml");
        }
    }

    @Test
    void deletedFileIsNotCertain() throws Exception {
        try (TestRepository repo = committed()) {
            Files.delete(repo.root().resolve("data/curve.dat"));

            assertThat(certainly(repo)).isFalse();
            assertThat(repo.git().status().call().getMissing()).containsExactly("data/curve.dat");
        }
    }

    @Test
    void executableBitSetIsNotCertain() throws Exception {
        try (TestRepository repo = committed()) {
            Path script = repo.root().resolve("model.yaml");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setLastModifiedTime(script, AN_HOUR_AGO);

            assertThat(certainly(repo)).isFalse();
            assertThat(repo.git().status().call().getModified()).containsExactly("model.yaml");
        }
    }

    /** A repository with a model and a data file committed, its index holding the cached tree git's commit leaves. */
    private TestRepository committed() throws Exception {
        TestRepository repo = TestRepository.init(tmp);
        Files.setLastModifiedTime(repo.write("model.yaml", "kind: curve\n"), AN_HOUR_AGO);
        Files.setLastModifiedTime(repo.write("data/curve.dat", "1 2\n3 4\n"), AN_HOUR_AGO);
        repo.commit("model.yaml", "data/curve.dat");
        Repository repository = repo.git().getRepository();
        DirCache index = repository.lockDirCache();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            index.writeTree(inserter);
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
        return repo;
    }

    private static boolean certainly(TestRepository repo) throws Exception {
        Repository repository = repo.git().getRepository();
        RevTree head = repository.parseCommit(repository.resolve("HEAD")).getTree();
        return StatClean.certainly(repo.root().toRealPath(), repository.readDirCache(), head);
    }
}
