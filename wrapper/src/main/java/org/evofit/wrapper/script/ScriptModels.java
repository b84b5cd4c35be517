package org.evofit.wrapper.script;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.input.InputFileException;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * Loads model scripts: Java source files whose one public class implements {@link ModelScript}.
 * The result is the same {@link ModelDefinition} a model file gives, so fitting, simulating and
 * writing results treat both alike.
 *
 * <pre>{@code
 * ModelDefinition model = ScriptModels.load(Path.of("examples/script-coupled/model.java"));
 * }</pre>
 */
public final class ScriptModels {

    private ScriptModels() {
    }

    /**
     * Compiles (or takes from the cache), instantiates and defines a script, and reads its data.
     *
     * @throws ScriptException for a script that does not compile, has no public {@link ModelScript}
     *                         class with a public no-argument constructor, fails in {@code define}
     *                         or declares an inconsistent problem
     * @throws org.evofit.core.data.DataFileException for a mistake in a data file it names
     */
    public static ModelDefinition load(Path file) {
        return load(file, null);
    }

    /**
     * Loads a script with its first data set read from another file (same name and columns, only the
     * file differs), as {@link org.evofit.wrapper.ModelFiles#load(Path, Path)} does for a model file.
     *
     * @param dataFile replaces the first data file the script declares; {@code null} keeps it
     * @throws ScriptException as {@link #load(Path)}, and for a {@code dataFile} given to a script
     *                         that declares no data
     */
    public static ModelDefinition load(Path file, Path dataFile) {
        String name = file.toString();
        String source = ScriptText.read(file);
        Path classes = ScriptCompiler.compile(file, source);
        ScriptBytecode.check(file, classes);
        Class<? extends ModelScript> type = scriptClass(file, classes);
        ScriptContext context = ScriptContext.defining(file.toAbsolutePath().getParent(), dataFile);
        try {
            instantiate(type).define(context);
            if (dataFile != null && context.dataSets().isEmpty()) {
                throw new ScriptException(name, 0, 0, "declares no data set for " + dataFile + " to replace");
            }
            FitProblem problem = FitProblem.create(context.parameters(), context.couplings(),
                    slotOf -> new ScriptModel(type, slotOf, name), context.dataSets(),
                    FiguresOfMerit.byName(context.fom(), NonFinitePolicy.IGNORE));
            return new ModelDefinition(file, problem, context.settings(),
                    context.sources());
        } catch (InputFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | ExceptionInInitializerError
                 | NoClassDefFoundError e) {
            // The errors a script's own code causes: reported at its line like any mistake in it.
            throw new ScriptException(name, lineIn(type, e), 0, describe(e));
        }
    }

    /** What went wrong in a script's code, in words (an error's class says more than its message). */
    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the script overflowed the stack (a recursion without end?)";
        }
        if (e instanceof OutOfMemoryError) {
            return "the script ran out of memory (" + e.getMessage() + ")";
        }
        if (e instanceof ExceptionInInitializerError && e.getCause() != null) {
            return "the script's static initialiser failed: " + e.getCause();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** A new instance of the script's class; failures are the script's mistakes. */
    static ModelScript instantiate(Class<? extends ModelScript> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the script's constructor failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName()
                    + ": a script needs a public class with a public no-argument constructor", e);
        }
    }

    /** The script's line where the exception arose (the innermost frame of its class), or 0. */
    static int lineIn(Class<?> type, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(type.getName()) && frame.getLineNumber() > 0) {
                    return frame.getLineNumber();
                }
            }
        }
        return 0;
    }

    private static Class<? extends ModelScript> scriptClass(Path file, Path classes) {
        URLClassLoader loader;
        try {
            // Left open: the model's evaluators load the class's instances for as long as it lives.
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ModelScript.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        List<Class<? extends ModelScript>> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(p).toString();
                if (relative.contains("$")) {
                    continue;
                }
                String className = relative.substring(0, relative.length() - ".class".length())
                        .replace(p.getFileSystem().getSeparator(), ".");
                Class<?> c = Class.forName(className, false, loader);
                if (ModelScript.class.isAssignableFrom(c) && Modifier.isPublic(c.getModifiers())
                        && !Modifier.isAbstract(c.getModifiers())) {
                    found.add(c.asSubclass(ModelScript.class));
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the compiled script " + file, e);
        }
        if (found.size() != 1) {
            throw new ScriptException(file.toString(), 0, 0, "expected one public class implementing "
                    + ModelScript.class.getName() + " but found " + found.size());
        }
        return found.get(0);
    }
}
