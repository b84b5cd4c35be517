package org.evofit.server.view;

import java.nio.file.Path;
import java.util.Optional;

/** Where the service keeps a submission's files. */
public interface RunDirectories {

    /** The LocalSweep output directory of submission {@code id} (service/runs/&lt;id&gt;), if it exists. */
    Optional<Path> submission(String id);
}
