package org.evofit.wrapper.script;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.evofit.core.fit.FitProblem;
import org.evofit.wrapper.io.Staging;
import org.evofit.wrapper.provenance.Version;

/**
 * Compiles a script with the JDK's compiler into a cache directory named by the SHA-256 of the
 * source and of what it compiles against, so an unchanged script is compiled once. The directory is
 * filled in this process's staging folder ({@link Staging}) and then moved into place, so a reader
 * never sees half of it, and what a killed compile leaves is removed when the next script is loaded.
 */
final class ScriptCompiler {

    private ScriptCompiler() {
    }

    /**
     * The directory of the script's compiled classes.
     *
     * @param file   the script as the user named it (for messages)
     * @param source its text
     * @throws ScriptException for a compile error (the first one, located) or no compiler
     */
    static Path compile(Path file, String source) {
        List<File> classPath = classPath();
        Path root = cacheRoot();
        Path target = root.resolve(sha256(source + "\n" + Version.current() + "\n" + Runtime.version()
                + "\n" + classPath));
        // What a compile killed midway left (its process is gone) goes whenever a script is loaded.
        Staging.sweep(root);
        if (Files.isDirectory(target)) {
            return target;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ScriptException(file.toString(), 0, 0,
                    "model scripts need a JDK (this Java runtime has no compiler)");
        }
        try (Staging.Claim staging = Staging.own(root)) {
            Path scratch = Files.createTempDirectory(staging.folder(), "compiling-");
            try {
                run(javac, file, source, classPath, scratch);
                try {
                    Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                    // Another process compiled the same script first: its classes are as good.
                    if (!Files.isDirectory(target)) {
                        throw e;
                    }
                }
            } finally {
                delete(scratch);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write compiled script classes under " + root, e);
        }
    }

    private static void run(JavaCompiler javac, Path file, String source, List<File> classPath, Path out)
            throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            files.setLocation(StandardLocation.CLASS_PATH, classPath);
            List<String> options = List.of("--release", "17", "-proc:none", "-g", "-Xlint:none");
            boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    List.of(new Source(source))).call();
            if (!ok) {
                throw firstError(file, diagnostics.getDiagnostics());
            }
        }
    }

    private static ScriptException firstError(Path file, List<Diagnostic<? extends JavaFileObject>> all) {
        List<Diagnostic<? extends JavaFileObject>> errors = all.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (errors.isEmpty()) {
            return new ScriptException(file.toString(), 0, 0, "does not compile");
        }
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        // javac's messages continue on indented lines ("symbol: ...", "location: ..."): one line here.
        String message = String.join("; ", first.getMessage(Locale.ROOT).lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (errors.size() > 1) {
            message += " (and " + (errors.size() - 1) + " more errors)";
        }
        return new ScriptException(file.toString(), (int) Math.max(0, first.getLineNumber()),
                (int) Math.max(0, first.getColumnNumber()), message);
    }

    /** What the script compiles against: the running class path and wherever evofit's classes are. */
    private static List<File> classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        // Under a test runner or an application server the class path may not name evofit itself.
        entries.add(location(ModelScript.class));
        entries.add(location(FitProblem.class));
        List<File> out = new ArrayList<>();
        entries.forEach(e -> out.add(new File(e)));
        return out;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            return "";
        }
    }

    private static Path cacheRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "evofit-scripts");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The script's text as the compiler's source. It accepts any public class name: a script is
     * {@code model.java} whatever its class is called, which javac would otherwise reject.
     */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String text) {
            // The URI only has to be valid; messages name the user's file themselves.
            super(URI.create("string:///ModelScript.java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
            return kind == Kind.SOURCE;
        }
    }
}
