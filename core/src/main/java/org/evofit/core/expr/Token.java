package org.evofit.core.expr;

/**
 * One lexical unit of an expression.
 *
 * @param kind     what sort of token this is
 * @param text     the characters of the source it covers (empty for {@link Kind#END})
 * @param position 0-based offset of its first character in the source
 */
record Token(Kind kind, String text, int position) {

    /** The token kinds of the expression grammar. */
    enum Kind { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, POWER, LEFT, RIGHT, COMMA, END }

    /** How an error message refers to this token. */
    String describe() {
        return kind == Kind.END ? "end of expression" : "'" + text + "'";
    }
}
