package org.evofit.wrapper.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Refuses a compiled script that could end the process: a script runs inside evofit's JVM, so a call
 * of {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} would end evofit (and a worker
 * with every fit it runs) with no message and the script's exit code. Since such a call can also be
 * reached indirectly, a script may not use what reaches code this check has not seen or acts on the
 * process: reflection ({@code java.lang.reflect}, {@code Class.forName}), method handles
 * ({@code java.lang.invoke}), class loaders of any kind, {@code Runtime}, processes, native libraries,
 * and the JDK's packages that run code by name ({@code java.beans}, {@code javax.script},
 * {@code javax.tools}, {@code jdk.*}, {@code sun.*}). The compiled classes are read before any of them
 * is loaded, so no code of the script has run when it is refused, and the refusal names the script's
 * line. (The security manager that once did this is deprecated since Java 17.) This keeps a script
 * from ending evofit; it is no sandbox: a script is trusted code that may read and write files.
 */
final class ScriptBytecode {

    /** {@code owner.name} of the methods a script may not call or refer to. */
    private static final Set<String> FORBIDDEN = Set.of("java/lang/System.exit", "java/lang/System.load",
            "java/lang/System.loadLibrary", "java/lang/Class.forName", "java/lang/Class.newInstance",
            "java/lang/Class.getClassLoader", "java/lang/Thread.getContextClassLoader");

    /** Classes (with their nested classes) and packages (ending in '/') a script may not use at all. */
    private static final List<String> FORBIDDEN_TYPES = List.of("java/lang/Runtime", "java/lang/Process",
            "java/lang/ProcessBuilder", "java/lang/ProcessHandle", "java/util/ServiceLoader", "java/lang/reflect/",
            "java/lang/invoke/", "java/beans/", "java/rmi/", "javax/management/", "javax/script/", "javax/tools/",
            "jdk/", "sun/", "com/sun/");

    private ScriptBytecode() {
    }

    /**
     * Checks every class compiled from the script.
     *
     * @param file    the script as the user named it (for messages)
     * @param classes the directory of its compiled classes
     * @throws ScriptException at the first line that calls a forbidden method
     */
    static void check(Path file, Path classes) {
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(classes)) {
            classFiles = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled script " + file, e);
        }
        for (Path classFile : classFiles) {
            try {
                new ClassReader(Files.readAllBytes(classFile)).accept(new Checker(file), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the compiled script " + file, e);
            }
        }
    }

    /** Whether a script may not use the JDK class {@code owner} (internal name) or call its {@code method}. */
    static boolean forbidden(String owner, String method) {
        if (FORBIDDEN.contains(owner + "." + method)) {
            return true;
        }
        for (String t : FORBIDDEN_TYPES) {
            if (t.endsWith("/") ? owner.startsWith(t) : owner.equals(t) || owner.startsWith(t + "$")) {
                return true;
            }
        }
        return isClassLoader(owner);
    }

    /**
     * Whether {@code owner} is a class loader of the JDK's (looked up without running any of its code).
     * A script's own class loader is refused too: its constructors call their superclass's.
     */
    private static boolean isClassLoader(String owner) {
        if (owner.startsWith("[")) {
            return false;
        }
        try {
            return ClassLoader.class.isAssignableFrom(Class.forName(owner.replace('/', '.'), false,
                    ScriptBytecode.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;   // the script's own classes, which the checker reads itself
        }
    }

    private static final class Checker extends ClassVisitor {
        private final Path file;

        Checker(Path file) {
            super(Opcodes.ASM9);
            this.file = file;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;

                @Override
                public void visitLineNumber(int number, Label start) {
                    line = number;
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                    refuse(owner, method, line);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
                    // A method reference such as System::exit is a handle passed to the bootstrap method (which
                    // itself is java.lang.invoke's, for every lambda and string concatenation, so not checked).
                    for (Object arg : args) {
                        if (arg instanceof Handle h) {
                            refuse(h.getOwner(), h.getName(), line);
                        }
                    }
                }
            };
        }

        private void refuse(String owner, String method, int line) {
            if (!forbidden(owner, method)) {
                return;
            }
            String shown = owner.substring(owner.lastIndexOf('/') + 1) + "." + method;
            String why = method.equals("exit") || method.equals("halt") ? "it runs inside evofit and would end it"
                    : "it runs inside evofit, and " + owner.replace('/', '.') + " could end evofit or run code this"
                    + " check cannot see (scripts may not use reflection, method handles, class loaders, Runtime or"
                    + " processes)";
            throw new ScriptException(file.toString(), line, 0, "a model script must not call " + shown + ": " + why
                    + "; throw an exception to report a failure");
        }
    }
}
