package org.evofit.core.expr;

/**
 * Writes the class file of one compiled expression: a final class with a no-argument constructor
 * and an {@code evaluate} method implementing {@link CompiledExpression} or
 * {@link CompiledFunction}. The class has no fields, so instances are stateless and thread-safe.
 */
final class ClassFileWriter {

    /** Java 17; straight-line code needs no StackMapTable even at this version. */
    private static final int MAJOR_VERSION = 61;
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    /** The JVM limits a method's code to 65535 bytes. */
    private static final int MAX_CODE = 0xFFFF;

    /** Hidden classes must live in the package of the lookup that defines them. */
    private static final String CLASS_NAME = "org/evofit/core/expr/GeneratedExpression";
    private static final String OBJECT = "java/lang/Object";

    private ClassFileWriter() {
    }

    /**
     * The class file for {@code tree}.
     *
     * @param tree     a resolved tree (no names left)
     * @param function whether to implement {@link CompiledFunction} (variable in locals 1-2, array
     *                 in local 3) rather than {@link CompiledExpression} (array in local 1)
     */
    static byte[] write(Node tree, boolean function) {
        Class<?> contract = function ? CompiledFunction.class : CompiledExpression.class;
        ConstantPool pool = new ConstantPool();
        int thisClass = pool.classRef(CLASS_NAME);
        int superClass = pool.classRef(OBJECT);
        int contractClass = pool.classRef(contract.getName().replace('.', '/'));
        int objectInit = pool.methodRef(OBJECT, "<init>", "()V");
        int codeName = pool.utf8("Code");
        int initName = pool.utf8("<init>");
        int initDescriptor = pool.utf8("()V");
        int evaluateName = pool.utf8("evaluate");
        int evaluateDescriptor = pool.utf8(function ? "(D[D)D" : "([D)D");

        ByteWriter constructor = new ByteWriter()
                .u1(Opcodes.ALOAD_0)
                .u1(Opcodes.INVOKESPECIAL).u2(objectInit)
                .u1(Opcodes.RETURN);
        CodeEmitter emitter = new CodeEmitter(pool, function ? 3 : 1);
        ByteWriter evaluate = emitter.emitReturning(tree);
        if (evaluate.size() > MAX_CODE) {
            throw new ExpressionException("expression is too long to compile", 0);
        }

        ByteWriter out = new ByteWriter()
                .u4(0xCAFEBABE)
                .u2(0)
                .u2(MAJOR_VERSION)
                .u2(pool.count())
                .bytes(pool.entries())
                .u2(ACC_FINAL | ACC_SUPER)
                .u2(thisClass)
                .u2(superClass)
                .u2(1).u2(contractClass)
                .u2(0)  // fields
                .u2(2); // methods
        method(out, ACC_PUBLIC, initName, initDescriptor, codeName, 1, 1, constructor);
        // this + double variable (two locals) + array, or this + array.
        int maxLocals = function ? 4 : 2;
        method(out, ACC_PUBLIC | ACC_FINAL, evaluateName, evaluateDescriptor, codeName,
                emitter.maxStack(), maxLocals, evaluate);
        out.u2(0); // class attributes
        return out.toByteArray();
    }

    private static void method(ByteWriter out, int access, int name, int descriptor, int codeName,
                               int maxStack, int maxLocals, ByteWriter code) {
        out.u2(access).u2(name).u2(descriptor)
                .u2(1) // attributes: Code only
                .u2(codeName)
                .u4(12 + code.size()) // max_stack, max_locals, code_length, exception and attribute counts
                .u2(maxStack)
                .u2(maxLocals)
                .u4(code.size())
                .bytes(code)
                .u2(0)  // exception table
                .u2(0); // Code attributes
    }
}
