package org.evofit.core.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Names are ASCII letters, digits and underscores in segments
 * joined by dots ({@code Fe.d}, {@code g1.center}); a segment after a dot may start with a digit so
 * that indexed names such as {@code layer.1} work.
 */
final class Lexer {

    private final String source;
    private int pos;

    private Lexer(String source) {
        this.source = source;
    }

    /** All tokens of {@code source}, ending with one {@link Token.Kind#END} token. */
    static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            tokens.add(t);
        } while (t.kind() != Token.Kind.END);
        return tokens;
    }

    private Token next() {
        while (pos < source.length() && isSpace(source.charAt(pos))) {
            pos++;
        }
        if (pos >= source.length()) {
            return new Token(Token.Kind.END, "", source.length());
        }
        char c = source.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
            return number();
        }
        if (isNameStart(c)) {
            return name();
        }
        int start = pos++;
        Token.Kind kind = switch (c) {
            case '+' -> Token.Kind.PLUS;
            case '-' -> Token.Kind.MINUS;
            case '/' -> Token.Kind.SLASH;
            case '^' -> Token.Kind.POWER;
            case '(' -> Token.Kind.LEFT;
            case ')' -> Token.Kind.RIGHT;
            case ',' -> Token.Kind.COMMA;
            case '*' -> Token.Kind.STAR;
            default -> throw new ExpressionException("unexpected character '" + c + "'", start);
        };
        // Python spells power "**"; "^" is accepted too because most other notations use it.
        if (kind == Token.Kind.STAR && pos < source.length() && source.charAt(pos) == '*') {
            pos++;
            return new Token(Token.Kind.POWER, "**", start);
        }
        return new Token(kind, String.valueOf(c), start);
    }

    private Token number() {
        int start = pos;
        skipDigits();
        if (pos < source.length() && source.charAt(pos) == '.') {
            pos++;
            skipDigits();
        }
        if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < source.length() && (source.charAt(p) == '+' || source.charAt(p) == '-')) {
                p++;
            }
            if (p >= source.length() || !isDigit(source.charAt(p))) {
                throw new ExpressionException("expected digits in the exponent of '"
                        + source.substring(start, p) + "'", p);
            }
            pos = p;
            skipDigits();
        }
        return new Token(Token.Kind.NUMBER, source.substring(start, pos), start);
    }

    private Token name() {
        int start = pos;
        skipNameSegment();
        while (pos < source.length() && source.charAt(pos) == '.') {
            if (pos + 1 >= source.length() || !isNamePart(source.charAt(pos + 1))) {
                throw new ExpressionException("expected a name after '.'", pos + 1);
            }
            pos++;
            skipNameSegment();
        }
        return new Token(Token.Kind.NAME, source.substring(start, pos), start);
    }

    private void skipDigits() {
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
    }

    private void skipNameSegment() {
        while (pos < source.length() && isNamePart(source.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
