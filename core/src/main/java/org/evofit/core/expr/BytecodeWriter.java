package org.evofit.core.expr;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the class file of one compiled expression with ASM: a final class with a no-argument
 * constructor and an {@code evaluate} method implementing {@link CompiledExpression} or
 * {@link CompiledFunction}. The class has no fields, so instances are stateless and thread-safe.
 * The method body pushes operands in post-order, so the operand stack mirrors the tree, and calls
 * {@link Math} for powers and functions. The code is straight-line, so it needs no stack map frames;
 * ASM computes the stack depth.
 */
final class BytecodeWriter {

    /** Hidden classes must live in the package of the lookup that defines them. */
    private static final String CLASS_NAME = "org/evofit/core/expr/GeneratedExpression";
    private static final String OBJECT = "java/lang/Object";
    private static final String MATH = Type.getInternalName(Math.class);

    private final MethodVisitor code;
    private final int arrayLocal;

    private BytecodeWriter(MethodVisitor code, int arrayLocal) {
        this.code = code;
        this.arrayLocal = arrayLocal;
    }

    /**
     * The class file for {@code tree}.
     *
     * @param tree     a resolved tree (no names left)
     * @param function whether to implement {@link CompiledFunction} (variable in locals 1-2, array
     *                 in local 3) rather than {@link CompiledExpression} (array in local 1)
     * @throws ExpressionException when the method would exceed the JVM's 64 KiB code limit
     */
    static byte[] write(Node tree, boolean function) {
        Class<?> contract = function ? CompiledFunction.class : CompiledExpression.class;
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, CLASS_NAME, null, OBJECT,
                new String[] {Type.getInternalName(contract)});
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor evaluate = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "evaluate",
                function ? "(D[D)D" : "([D)D", null, null);
        evaluate.visitCode();
        new BytecodeWriter(evaluate, function ? 3 : 1).emit(tree);
        evaluate.visitInsn(Opcodes.DRETURN);
        evaluate.visitMaxs(0, 0);
        evaluate.visitEnd();
        writer.visitEnd();
        try {
            return writer.toByteArray();
        } catch (MethodTooLargeException e) {
            throw new ExpressionException("expression is too long to compile", 0);
        }
    }

    private void emit(Node node) {
        if (node instanceof Node.Constant c) {
            constant(c.value());
        } else if (node instanceof Node.Slot s) {
            code.visitVarInsn(Opcodes.ALOAD, arrayLocal);
            intConstant(s.index());
            code.visitInsn(Opcodes.DALOAD);
        } else if (node instanceof Node.Variable) {
            code.visitVarInsn(Opcodes.DLOAD, 1);
        } else if (node instanceof Node.Negate n) {
            emit(n.operand());
            code.visitInsn(Opcodes.DNEG);
        } else if (node instanceof Node.Binary b) {
            emit(b.left());
            emit(b.right());
            switch (b.operator()) {
                case ADD -> code.visitInsn(Opcodes.DADD);
                case SUBTRACT -> code.visitInsn(Opcodes.DSUB);
                case MULTIPLY -> code.visitInsn(Opcodes.DMUL);
                case DIVIDE -> code.visitInsn(Opcodes.DDIV);
                case POWER -> code.visitMethodInsn(Opcodes.INVOKESTATIC, MATH, "pow", "(DD)D", false);
            }
        } else if (node instanceof Node.Call call) {
            for (Node argument : call.arguments()) {
                emit(argument);
            }
            code.visitMethodInsn(Opcodes.INVOKESTATIC, MATH, call.function().functionName(),
                    call.function().descriptor(), false);
        } else {
            throw new IllegalStateException("unresolved node reached the code generator: " + node);
        }
    }

    /** A non-negative int in its shortest form. */
    private void intConstant(int value) {
        if (value <= 5) {
            code.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value <= Byte.MAX_VALUE) {
            code.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value <= Short.MAX_VALUE) {
            code.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            code.visitLdcInsn(value);
        }
    }

    /** A double constant; 0.0 and 1.0 (not −0.0) have their own one-byte instructions. */
    private void constant(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits == 0L) {
            code.visitInsn(Opcodes.DCONST_0);
        } else if (bits == Double.doubleToRawLongBits(1.0)) {
            code.visitInsn(Opcodes.DCONST_1);
        } else {
            code.visitLdcInsn(value);
        }
    }
}
