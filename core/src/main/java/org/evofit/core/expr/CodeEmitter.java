package org.evofit.core.expr;

/**
 * Emits the body of an {@code evaluate} method for a resolved tree: operands in post-order, so the
 * operand stack mirrors the tree, and tracks the deepest stack for the method's max_stack.
 * The code is straight-line, which is why no StackMapTable is needed.
 */
final class CodeEmitter {

    private static final String MATH = "java/lang/Math";

    private final ConstantPool pool;
    private final int arrayLocal;
    private final ByteWriter code = new ByteWriter();
    private int stack;
    private int maxStack;

    /**
     * @param pool       the class's constant pool, which receives constants and method references
     * @param arrayLocal local variable holding the {@code double[] slots} argument (1 or 3)
     */
    CodeEmitter(ConstantPool pool, int arrayLocal) {
        this.pool = pool;
        this.arrayLocal = arrayLocal;
    }

    /** Emits {@code tree} followed by {@code dreturn}, and returns the code bytes. */
    ByteWriter emitReturning(Node tree) {
        emit(tree);
        code.u1(Opcodes.DRETURN);
        return code;
    }

    /** The deepest the operand stack gets, in words (a double takes two). */
    int maxStack() {
        return maxStack;
    }

    private void emit(Node node) {
        if (node instanceof Node.Constant c) {
            constant(c.value());
        } else if (node instanceof Node.Slot s) {
            code.u1(arrayLocal == 1 ? Opcodes.ALOAD_1 : Opcodes.ALOAD_3);
            push(1);
            intConstant(s.index());
            push(1);
            code.u1(Opcodes.DALOAD);
            // arrayref and index are replaced by one double: two words out, two words in.
        } else if (node instanceof Node.Variable) {
            code.u1(Opcodes.DLOAD_1);
            push(2);
        } else if (node instanceof Node.Negate n) {
            emit(n.operand());
            code.u1(Opcodes.DNEG);
        } else if (node instanceof Node.Binary b) {
            emit(b.left());
            emit(b.right());
            switch (b.operator()) {
                case ADD -> code.u1(Opcodes.DADD);
                case SUBTRACT -> code.u1(Opcodes.DSUB);
                case MULTIPLY -> code.u1(Opcodes.DMUL);
                case DIVIDE -> code.u1(Opcodes.DDIV);
                case POWER -> invokeMath("pow", "(DD)D");
            }
            push(-2);
        } else if (node instanceof Node.Call call) {
            for (Node argument : call.arguments()) {
                emit(argument);
            }
            invokeMath(call.function().functionName(), call.function().descriptor());
            push(-2 * (call.arguments().size() - 1));
        } else {
            throw new IllegalStateException("unresolved node reached the code generator: " + node);
        }
    }

    private void constant(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits == 0L) {
            code.u1(Opcodes.DCONST_0);
        } else if (bits == Double.doubleToRawLongBits(1.0)) {
            code.u1(Opcodes.DCONST_1);
        } else {
            code.u1(Opcodes.LDC2_W).u2(pool.doubleConstant(value));
        }
        push(2);
    }

    private void intConstant(int value) {
        if (value <= 5) {
            code.u1(Opcodes.ICONST_0 + value);
        } else if (value <= Byte.MAX_VALUE) {
            code.u1(Opcodes.BIPUSH).u1(value);
        } else if (value <= Short.MAX_VALUE) {
            code.u1(Opcodes.SIPUSH).u2(value);
        } else {
            code.u1(Opcodes.LDC_W).u2(pool.integer(value));
        }
    }

    private void invokeMath(String name, String descriptor) {
        code.u1(Opcodes.INVOKESTATIC).u2(pool.methodRef(MATH, name, descriptor));
    }

    private void push(int words) {
        stack += words;
        maxStack = Math.max(maxStack, stack);
    }
}
