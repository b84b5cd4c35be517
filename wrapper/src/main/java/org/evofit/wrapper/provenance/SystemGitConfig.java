package org.evofit.wrapper.provenance;

import java.io.File;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Where git's system-wide configuration file is, told to JGit before it reads a repository. Left to itself,
 * JGit finds the file by running git twice ({@code git --version}, then {@code git config --system
 * --show-origin --list -z}): two processes and about half a CPU-second of a command that reads one
 * repository's state. The file is still read where it exists, so what it sets (core.autocrlf, say) still
 * shapes the status.
 */
final class SystemGitConfig {

    /** Where distributions' git keeps it ({@code $(prefix)/etc/gitconfig} with the prefix /usr). */
    static final File STANDARD = new File("/etc/gitconfig");

    private static boolean told;

    private SystemGitConfig() {
    }

    /** Tells JGit the location, once per JVM, where {@link #location} knows it. */
    static synchronized void tellJGit() {
        if (!told) {
            SystemReader system = SystemReader.getInstance();
            location(system::getenv, system.isLinux()).ifPresent(FS.DETECTED::setGitSystemConfig);
            told = true;
        }
    }

    /**
     * The file git itself would read: {@code GIT_CONFIG_SYSTEM} when set, else on Linux the standard file.
     * Empty elsewhere (macOS and Windows gits keep it in installation-specific places), where JGit's own
     * discovery stays. A git built into another prefix on Linux keeps its file there, which is then not read:
     * the price of not running git. {@code GIT_CONFIG_NOSYSTEM} needs nothing here: JGit then reads no
     * system file and never asks where it is.
     */
    static Optional<File> location(UnaryOperator<String> environment, boolean linux) {
        String configured = environment.apply("GIT_CONFIG_SYSTEM");
        if (configured != null && !configured.isEmpty()) {
            return Optional.of(new File(configured));
        }
        return linux ? Optional.of(STANDARD) : Optional.empty();
    }
}
