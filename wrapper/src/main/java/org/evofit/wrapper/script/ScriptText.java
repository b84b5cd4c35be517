package org.evofit.wrapper.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.input.InputLimits;
import org.evofit.core.input.ReadFailure;

/**
 * Reads a script's source as UTF-8, naming the line and column of the first byte that is not (the
 * decoder alone says only "Input length = 1").
 */
final class ScriptText {

    private ScriptText() {
    }

    /** The script's text. */
    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = InputLimits.readAllBytes(file);
        } catch (IOException e) {
            throw new ScriptException(file.toString(), 0, 0, ReadFailure.detail(e));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScriptException(file.toString(), line, at - lineStart + 1, String.format(
                    "expected UTF-8 text but found the byte 0x%02x; save the script as UTF-8", bytes[at] & 0xff));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
