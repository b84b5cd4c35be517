package org.evofit.wrapper.pickle;

import java.nio.charset.StandardCharsets;

/** Decodes the text forms of protocol 0: a string's Python literal and raw-unicode-escape text. */
final class PickleStrings {

    private PickleStrings() {
    }

    /**
     * The characters of a quoted Python 2 string literal ({@code 'a\n\x00'}), one per byte (Latin-1).
     *
     * @throws PickleException when it is not a quoted literal
     */
    static String literal(String quoted) {
        if (quoted.length() < 2 || quoted.charAt(0) != quoted.charAt(quoted.length() - 1)
                || (quoted.charAt(0) != '\'' && quoted.charAt(0) != '"')) {
            throw new PickleException("expected a quoted string in the pickle but found " + quoted);
        }
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Text written with Python's raw-unicode-escape codec: UTF-8-free bytes with {@code \}{@code uXXXX} escapes. */
    static String rawUnicodeEscape(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 9 < text.length() && text.charAt(i + 1) == 'U') {
                out.appendCodePoint(Integer.parseInt(text.substring(i + 2, i + 10), 16));
                i += 9;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
