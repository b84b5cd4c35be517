package org.evofit.core.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Turns a parsed tree into one the code generator can emit: every name becomes a slot read, the
 * free variable or a constant, and every subtree without slots or variable is folded to its value
 * so that it costs nothing per evaluation.
 */
final class Resolver {

    private final ToIntFunction<String> slotOf;
    private final String variable;

    /**
     * @param slotOf   slot index of a name, negative when the name is unknown
     * @param variable name of the free argument, or {@code null} for a plain expression
     */
    Resolver(ToIntFunction<String> slotOf, String variable) {
        this.slotOf = slotOf;
        this.variable = variable;
    }

    /** The resolved, folded form of {@code node}; throws {@link ExpressionException} on an unknown name. */
    Node resolve(Node node) {
        if (node instanceof Node.Name n) {
            return name(n);
        }
        if (node instanceof Node.Negate n) {
            Node operand = resolve(n.operand());
            return operand instanceof Node.Constant c ? new Node.Constant(-c.value()) : new Node.Negate(operand);
        }
        if (node instanceof Node.Binary b) {
            Node left = resolve(b.left());
            Node right = resolve(b.right());
            if (left instanceof Node.Constant l && right instanceof Node.Constant r) {
                return new Node.Constant(b.operator().apply(l.value(), r.value()));
            }
            return new Node.Binary(b.operator(), left, right);
        }
        if (node instanceof Node.Call call) {
            List<Node> arguments = new ArrayList<>(call.arguments().size());
            boolean constant = true;
            for (Node argument : call.arguments()) {
                Node resolved = resolve(argument);
                constant &= resolved instanceof Node.Constant;
                arguments.add(resolved);
            }
            if (constant) {
                double[] values = arguments.stream().mapToDouble(a -> ((Node.Constant) a).value()).toArray();
                return new Node.Constant(call.function().apply(values));
            }
            return new Node.Call(call.function(), arguments);
        }
        return node;
    }

    private Node name(Node.Name n) {
        if (n.name().equals(variable)) {
            return new Node.Variable();
        }
        int slot = slotOf.applyAsInt(n.name());
        if (slot >= 0) {
            return new Node.Slot(slot);
        }
        // pi and e are constants only when no parameter claims the name, so a model may define its own e.
        if (n.name().equals("pi")) {
            return new Node.Constant(Math.PI);
        }
        if (n.name().equals("e")) {
            return new Node.Constant(Math.E);
        }
        throw new ExpressionException("unknown name '" + n.name() + "'", n.position());
    }
}
