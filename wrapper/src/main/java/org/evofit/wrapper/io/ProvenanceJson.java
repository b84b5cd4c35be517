package org.evofit.wrapper.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evofit.wrapper.provenance.Provenance;

/** The {@code provenance} object of result.json; unknown facts are written as null, never left out. */
final class ProvenanceJson {

    private ProvenanceJson() {
    }

    static void put(ObjectNode root, Provenance p) {
        ObjectNode n = root.putObject("provenance");
        n.put("evofitVersion", p.evofitVersion());
        n.put("buildCommit", p.buildCommit());
        n.put("modelFile", p.modelFile());
        n.put("modelSha256", p.modelSha256());
        n.put("modelRepositoryCommit", p.modelRepositoryCommit());
        n.put("modelUncommitted", p.modelUncommitted());
        n.put("repositoryUncommitted", p.repositoryUncommitted());
        ObjectNode jvm = n.putObject("jvm");
        jvm.put("version", p.jvm().version());
        jvm.put("vendor", p.jvm().vendor());
        ObjectNode os = n.putObject("os");
        os.put("name", p.os().name());
        os.put("arch", p.os().arch());
    }
}
