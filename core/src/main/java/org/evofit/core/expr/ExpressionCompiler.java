package org.evofit.core.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Compiles arithmetic expressions such as {@code Lambda - Fe.d} or
 * {@code a * exp(-(x - c)^2 / (2 * w^2))} to JVM bytecode.
 *
 * <p>Each compiled expression is its own hidden class whose {@code evaluate} method reads slots
 * straight from the array and calls {@link Math} directly, so evaluation inside the fitting loop
 * parses nothing, walks no tree and allocates nothing, and the JIT can inline it. Subtrees made
 * only of constants are computed once at compile time.
 *
 * <p>The grammar: numbers ({@code 3}, {@code 2.5}, {@code 1e-3}, {@code .5}); names made of letters,
 * digits and underscores joined by dots ({@code Fe.d}, {@code g1.center}); {@code + - * /}; power
 * {@code ^} or {@code **}, right-associative and binding tighter than unary minus as in Python
 * ({@code -2**2} is -4); unary {@code -} and {@code +}; parentheses; the functions sin, cos, tan,
 * asin, acos, atan, atan2, sinh, cosh, tanh, exp, log (natural), log10, sqrt, abs, min, max, pow,
 * floor and ceil; and the constants {@code pi} and {@code e}, which a slot of the same name
 * overrides.
 */
public final class ExpressionCompiler {

    private ExpressionCompiler() {
    }

    /**
     * Compiles an expression of named quantities.
     *
     * @param source the expression
     * @param slotOf index in the evaluation array of each name; -1 (any negative) for an unknown name
     * @return the compiled expression, stateless and thread-safe
     * @throws ExpressionException on a syntax error, an unknown name or function, or a wrong number
     *                             of arguments, with the offending offset into {@code source}
     */
    public static CompiledExpression compile(String source, ToIntFunction<String> slotOf) {
        Objects.requireNonNull(slotOf, "slotOf");
        Node tree = new Resolver(slotOf, null).resolve(Parser.parse(Objects.requireNonNull(source, "source")));
        return HiddenClasses.instantiate(BytecodeWriter.write(tree, false), CompiledExpression.class);
    }

    /**
     * Compiles an expression of one free variable and named quantities, such as the shape of a
     * curve component in {@code x}. The variable takes precedence over a slot of the same name.
     *
     * @param source   the expression
     * @param variable the name of the free argument, for example {@code x}
     * @param slotOf   index in the evaluation array of every other name; negative when unknown
     * @return the compiled function, stateless and thread-safe
     * @throws ExpressionException on the errors {@link #compile} reports
     * @throws IllegalArgumentException when {@code variable} is not a valid name
     */
    public static CompiledFunction compileFunction(String source, String variable,
                                                   ToIntFunction<String> slotOf) {
        Objects.requireNonNull(slotOf, "slotOf");
        requireName(Objects.requireNonNull(variable, "variable"));
        Node tree = new Resolver(slotOf, variable)
                .resolve(Parser.parse(Objects.requireNonNull(source, "source")));
        return HiddenClasses.instantiate(BytecodeWriter.write(tree, true), CompiledFunction.class);
    }

    /**
     * The names an expression reads, in order of first appearance, without function names and
     * without the constants {@code pi} and {@code e}. Used to find which couplings depend on which.
     *
     * @throws ExpressionException on a syntax error, an unknown function or a wrong number of arguments
     */
    public static Set<String> names(String source) {
        return names(source, name -> -1);
    }

    /**
     * The names an expression reads when compiled with {@code slotOf}: like {@link #names(String)},
     * except that {@code pi} or {@code e} is included when {@code slotOf} knows it, since it then
     * reads that slot. Unknown names are included; compiling reports them.
     *
     * @throws ExpressionException on a syntax error, an unknown function or a wrong number of arguments
     */
    public static Set<String> names(String source, ToIntFunction<String> slotOf) {
        Objects.requireNonNull(slotOf, "slotOf");
        Set<String> names = new LinkedHashSet<>();
        collect(Parser.parse(Objects.requireNonNull(source, "source")), slotOf, names);
        return Collections.unmodifiableSet(names);
    }

    private static void collect(Node node, ToIntFunction<String> slotOf, Set<String> into) {
        if (node instanceof Node.Name n) {
            boolean constant = n.name().equals("pi") || n.name().equals("e");
            if (!constant || slotOf.applyAsInt(n.name()) >= 0) {
                into.add(n.name());
            }
        } else if (node instanceof Node.Negate n) {
            collect(n.operand(), slotOf, into);
        } else if (node instanceof Node.Binary b) {
            collect(b.left(), slotOf, into);
            collect(b.right(), slotOf, into);
        } else if (node instanceof Node.Call c) {
            for (Node argument : c.arguments()) {
                collect(argument, slotOf, into);
            }
        }
    }

    /**
     * Whether {@code text} is exactly one name as expressions spell it (such as {@code Fe.d} or
     * {@code Lambda}), with no surrounding blanks. Lets model parsers check parameter names by the
     * same rules.
     */
    public static boolean isName(String text) {
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(Objects.requireNonNull(text, "text"));
        } catch (ExpressionException e) {
            return false;
        }
        return tokens.size() == 2 && tokens.get(0).kind() == Token.Kind.NAME
                && tokens.get(0).text().equals(text);
    }

    private static void requireName(String variable) {
        if (!isName(variable)) {
            throw new IllegalArgumentException("not a valid variable name: '" + variable + "'");
        }
    }
}
