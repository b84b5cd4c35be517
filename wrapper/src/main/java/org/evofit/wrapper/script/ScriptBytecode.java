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
 * with every fit it runs) with no message and the script's exit code. The compiled classes are read
 * before any of them is loaded, so no code of the script has run when it is refused, and the refusal
 * names the script's line. (The security manager that once did this is deprecated since Java 17.)
 */
final class ScriptBytecode {

    /** {@code owner.name} of the methods a script may not call or refer to. */
    private static final Set<String> FORBIDDEN = Set.of("java/lang/System.exit", "java/lang/Runtime.exit",
            "java/lang/Runtime.halt");

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
                    // A method reference such as System::exit is a handle passed to the bootstrap method.
                    for (Object arg : args) {
                        if (arg instanceof Handle h) {
                            refuse(h.getOwner(), h.getName(), line);
                        }
                    }
                }
            };
        }

        private void refuse(String owner, String method, int line) {
            if (FORBIDDEN.contains(owner + "." + method)) {
                throw new ScriptException(file.toString(), line, 0, "a model script must not call "
                        + owner.substring(owner.lastIndexOf('/') + 1) + "." + method
                        + ": it runs inside evofit and would end it; throw an exception to report a failure");
            }
        }
    }
}
