package org.evofit.core.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the expression grammar:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('+' | '-') unary | power
 * power      := primary (('^' | '**') unary)?
 * primary    := number | name | name '(' arguments? ')' | '(' expression ')'
 * </pre>
 *
 * <p>Power sits below unary minus and takes a unary exponent, as in Python: {@code -2**2} is -4,
 * {@code 2**-1} is 0.5 and {@code 2**3**2} is 2**9.
 */
final class Parser {

    /** Deeper nesting than this is certainly a mistake and would risk a StackOverflowError. */
    static final int MAX_NESTING = 256;
    /** Bounds the tree so that the generated method stays below the JVM's 64 KiB code limit. */
    static final int MAX_NODES = 10_000;

    private final List<Token> tokens;
    private int index;
    private int nesting;
    private int nodes;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The tree of {@code source}; throws {@link ExpressionException} on a syntax error. */
    static Node parse(String source) {
        Parser parser = new Parser(Lexer.tokenize(source));
        Node tree = parser.expression();
        Token rest = parser.peek();
        if (rest.kind() != Token.Kind.END) {
            throw expected("an operator or end of expression", rest);
        }
        return tree;
    }

    private Node expression() {
        Node left = term();
        while (peek().kind() == Token.Kind.PLUS || peek().kind() == Token.Kind.MINUS) {
            Operator op = advance().kind() == Token.Kind.PLUS ? Operator.ADD : Operator.SUBTRACT;
            left = count(new Node.Binary(op, left, term()));
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (peek().kind() == Token.Kind.STAR || peek().kind() == Token.Kind.SLASH) {
            Operator op = advance().kind() == Token.Kind.STAR ? Operator.MULTIPLY : Operator.DIVIDE;
            left = count(new Node.Binary(op, left, unary()));
        }
        return left;
    }

    private Node unary() {
        Token t = peek();
        if (t.kind() != Token.Kind.PLUS && t.kind() != Token.Kind.MINUS) {
            return power();
        }
        advance();
        enter(t);
        Node operand = unary();
        nesting--;
        return t.kind() == Token.Kind.PLUS ? operand : count(new Node.Negate(operand));
    }

    private Node power() {
        Node base = primary();
        Token t = peek();
        if (t.kind() != Token.Kind.POWER) {
            return base;
        }
        advance();
        enter(t);
        Node exponent = unary();
        nesting--;
        return count(new Node.Binary(Operator.POWER, base, exponent));
    }

    private Node primary() {
        Token t = advance();
        switch (t.kind()) {
            case NUMBER:
                return count(new Node.Constant(Double.parseDouble(t.text())));
            case NAME:
                if (peek().kind() == Token.Kind.LEFT) {
                    return call(t);
                }
                return count(new Node.Name(t.text(), t.position()));
            case LEFT:
                enter(t);
                Node inner = expression();
                expect(Token.Kind.RIGHT, "')'");
                nesting--;
                return inner;
            default:
                throw expected("a number, name or '('", t);
        }
    }

    private Node call(Token name) {
        MathFunction function = MathFunction.byName(name.text()).orElseThrow(
                () -> new ExpressionException("unknown function '" + name.text() + "'", name.position()));
        Token open = advance();
        enter(open);
        List<Node> arguments = new ArrayList<>();
        if (peek().kind() == Token.Kind.RIGHT) {
            advance();
        } else {
            while (true) {
                arguments.add(expression());
                Token t = advance();
                if (t.kind() == Token.Kind.RIGHT) {
                    break;
                }
                if (t.kind() != Token.Kind.COMMA) {
                    throw expected("',' or ')'", t);
                }
            }
        }
        nesting--;
        if (arguments.size() != function.arity()) {
            throw new ExpressionException(function.functionName() + " takes " + function.arity()
                    + (function.arity() == 1 ? " argument" : " arguments") + ", got "
                    + arguments.size(), name.position());
        }
        return count(new Node.Call(function, arguments));
    }

    private void expect(Token.Kind kind, String what) {
        Token t = advance();
        if (t.kind() != kind) {
            throw expected(what, t);
        }
    }

    private void enter(Token at) {
        if (++nesting > MAX_NESTING) {
            throw new ExpressionException(
                    "expression is nested more than " + MAX_NESTING + " levels deep", at.position());
        }
    }

    private Node count(Node node) {
        if (++nodes > MAX_NODES) {
            throw new ExpressionException(
                    "expression is too long (more than " + MAX_NODES + " operands and operations)",
                    peek().position());
        }
        return node;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        Token t = tokens.get(index);
        // END stays current so that every later look-ahead reports the end of the expression.
        if (t.kind() != Token.Kind.END) {
            index++;
        }
        return t;
    }

    private static ExpressionException expected(String what, Token found) {
        return new ExpressionException("expected " + what + " but found " + found.describe(),
                found.position());
    }
}
