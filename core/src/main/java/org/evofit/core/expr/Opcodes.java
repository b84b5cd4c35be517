package org.evofit.core.expr;

/** The few JVM instruction opcodes the generator emits (JVMS chapter 6). */
final class Opcodes {

    static final int ICONST_0 = 0x03;
    static final int DCONST_0 = 0x0e;
    static final int DCONST_1 = 0x0f;
    static final int BIPUSH = 0x10;
    static final int SIPUSH = 0x11;
    static final int LDC_W = 0x13;
    static final int LDC2_W = 0x14;
    static final int DLOAD_1 = 0x27;
    static final int ALOAD_0 = 0x2a;
    static final int ALOAD_1 = 0x2b;
    static final int ALOAD_3 = 0x2d;
    static final int DALOAD = 0x31;
    static final int DADD = 0x63;
    static final int DSUB = 0x67;
    static final int DMUL = 0x6b;
    static final int DDIV = 0x6f;
    static final int DNEG = 0x77;
    static final int DRETURN = 0xaf;
    static final int RETURN = 0xb1;
    static final int INVOKESPECIAL = 0xb7;
    static final int INVOKESTATIC = 0xb8;

    private Opcodes() {
    }
}
