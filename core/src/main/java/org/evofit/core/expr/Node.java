package org.evofit.core.expr;

import java.util.List;

/**
 * A node of an expression tree. The parser produces {@link Constant}, {@link Name},
 * {@link Negate}, {@link Binary} and {@link Call}; resolution replaces every {@link Name} by a
 * {@link Slot}, the {@link Variable} or a constant, so the code generator never sees a name.
 */
sealed interface Node {

    /** A literal number, or a subtree folded to its value. */
    record Constant(double value) implements Node { }

    /** An identifier as written, with its offset for error messages. */
    record Name(String name, int position) implements Node { }

    /** A value read from the slot array at {@code index}. */
    record Slot(int index) implements Node { }

    /** The free argument of a {@link CompiledFunction}. */
    record Variable() implements Node { }

    /** Unary minus. */
    record Negate(Node operand) implements Node { }

    /** An arithmetic operator applied to two operands. */
    record Binary(Operator operator, Node left, Node right) implements Node { }

    /** A call of a function of {@link Math}. */
    record Call(MathFunction function, List<Node> arguments) implements Node {

        /** Copies the arguments so the tree stays immutable. */
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
