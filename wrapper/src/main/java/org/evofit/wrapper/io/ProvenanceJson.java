package org.evofit.wrapper.io;

import org.evofit.wrapper.provenance.Provenance;
import org.evofit.wrapper.results.ResultJson;

/** The {@code provenance} object of result.json; unknown facts are written as null, never left out. */
final class ProvenanceJson {

    private ProvenanceJson() {
    }

    static ResultJson.Provenance of(Provenance p) {
        return new ResultJson.Provenance(p.evofitVersion(), p.buildCommit(), p.modelFile(), p.modelSha256(),
                p.modelRepositoryCommit(), p.modelUncommitted(), p.repositoryUncommitted(),
                new ResultJson.Jvm(p.jvm().version(), p.jvm().vendor()),
                new ResultJson.Os(p.os().name(), p.os().arch()));
    }
}
