package org.evofit.server.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The submissions under {@code --data}'s {@code service/runs/}: an id names a submission only when a
 * directory of exactly that name is listed there, so no id (".." or a path) reaches another directory.
 *
 * @param runs the folder holding one LocalSweep output directory per submission
 */
public record ServiceRunDirectories(Path runs) implements RunDirectories {

    @Override
    public Optional<Path> submission(String id) {
        return Listing.child(runs, id).filter(Files::isDirectory);
    }

}
