package org.evofit.wrapper.doc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evofit.core.input.ReadFailure;

/**
 * Reads a model file, YAML or JSON, into a tree of {@link Node}s that remember where each value
 * was written. A file whose name ends in {@code .json} is read as JSON, anything else as YAML:
 * JSON is valid YAML, but the JSON parser explains JSON mistakes better.
 *
 * <p>Every problem, from a missing file to a misplaced bracket or a key given twice, is reported
 * as a {@link ModelFileException} in the form {@code FILE:LINE:COLUMN: what was expected}.
 */
public final class DocumentReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private DocumentReader() {
    }

    /**
     * Reads and parses a model file.
     *
     * @param file the file; messages name it as given
     * @return the root value of its single document
     * @throws ModelFileException when the file is missing, unreadable or malformed
     */
    public static Node read(Path file) {
        return parse(readText(file), file.toString());
    }

    /**
     * Parses model text already in memory.
     *
     * @param text     the content of a model file
     * @param fileName what messages call the source; its extension chooses JSON or YAML
     * @return the root value of its single document
     * @throws ModelFileException when the text is malformed
     */
    public static Node parse(String text, String fileName) {
        // A byte order mark is invisible in editors and would only confuse the parsers' columns.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
        SourceLines source = new SourceLines(body);
        try (JsonParser parser = (json ? JSON : YAML).createParser(new StringReader(body))) {
            return new TreeBuilder(parser, fileName, source, json).document();
        } catch (JsonProcessingException e) {
            throw json ? JsonSyntaxErrors.translate(e, fileName, source)
                    : YamlSyntaxErrors.translate(e, fileName, source);
        } catch (IOException e) {
            // Reading from a string cannot fail with anything but a parse error.
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw ModelFileException.ofFile(name, "expected a model file but found a directory");
        }
        try {
            return org.evofit.core.input.InputLimits.readString(file);
        } catch (MalformedInputException e) {
            throw ModelFileException.ofFile(name, "expected UTF-8 text but found bytes that are not"
                    + " UTF-8; save the file as UTF-8");
        } catch (IOException e) {
            throw ModelFileException.ofFile(name, ReadFailure.detail(e));
        }
    }
}
