package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.core.data.DataFileException;
import org.evofit.core.input.ReadFailure;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;

/**
 * Reads ORSO reflectivity text files (.ort): a header of YAML in {@code # } lines, then rows of
 * numbers, repeated for every further data set, each later header starting with
 * {@code # data_set: <name>} and giving only what differs from the first. See the package
 * description for how columns and units are read.
 *
 * <p>Every mistake is a {@link DataFileException} naming file, line and column.
 */
public final class OrtReader {

    /** How the first line of every ORSO text file starts. */
    static final String ORSO_PREFIX = "# # ORSO reflectivity data file";

    private final String file;
    private final List<SourceLine> lines;
    private final Map<String, Integer> nameLines = new HashMap<>();

    private OrtReader(String file, List<SourceLine> lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Reads an .ort file.
     *
     * @param file the file; messages name it as given
     * @return its data sets
     * @throws DataFileException when the file is missing, unreadable or has a mistake
     */
    public static OrtFile read(Path file) {
        return parse(readText(file), file.toString());
    }

    /**
     * Reads .ort text already in memory.
     *
     * @param text       the content of an .ort file
     * @param sourceName what messages call the source, usually the file name
     * @return its data sets
     * @throws DataFileException when the text has a mistake
     */
    public static OrtFile parse(String text, String sourceName) {
        // A byte order mark is invisible in editors, so it must not spoil the first line.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> raw = body.lines().toList();
        List<SourceLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new SourceLine(i + 1, raw.get(i)));
        }
        return new OrtReader(sourceName, lines).read();
    }

    /**
     * The first data set's header, read up to the first data row and no further: what a sweep needs of each file
     * ({@code valueFrom: {ort: ...}}) without the cost of the data, or a mistake in it.
     *
     * @param file the file; messages name it as given
     * @throws DataFileException when the file is missing, unreadable, not ORSO or its header has a mistake
     */
    public static ObjectNode firstHeader(Path file) {
        List<SourceLine> head = new ArrayList<>();
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = head.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line;
                boolean row = !text.isBlank() && !text.stripLeading().startsWith("#");
                if (row && !head.isEmpty()) {
                    break;
                }
                // A first line that is a row stays, so the ORSO-line check names what it found.
                head.add(new SourceLine(head.size() + 1, text));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw DataFileException.ofFile(file.toString(), "expected UTF-8 text, the encoding of .ort files, but"
                    + " found bytes that are not UTF-8 in the header; save the file as UTF-8");
        } catch (IOException e) {
            // The whole-file reader names a missing file, a folder and a denied one as every reader here does.
            readText(file);
            throw DataFileException.ofFile(file.toString(), ReadFailure.detail(e));
        }
        OrtReader reader = new OrtReader(file.toString(), head);
        reader.requireOrsoLine();
        return reader.parseHeader(Section.split(head).get(0), 0).tree();
    }

    private void requireOrsoLine() {
        if (lines.isEmpty()) {
            throw DataFileException.ofFile(file,
                    "expected an ORSO .ort file but the file is empty");
        }
        String first = lines.get(0).text();
        if (!first.startsWith(ORSO_PREFIX)) {
            throw new DataFileException(file, 1, 1, "expected the ORSO first line '"
                    + OrtFile.ORSO_LINE + "' but found '" + shorten(first) + "'");
        }
    }

    private OrtFile read() {
        requireOrsoLine();
        List<Section> sections = Section.split(lines);
        HeaderBlock firstHeader = parseHeader(sections.get(0), 0);
        List<OrtDataSet> sets = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            HeaderBlock block = i == 0 ? firstHeader : parseHeader(sections.get(i), i);
            sets.add(dataSet(sections.get(i), i, block, firstHeader));
        }
        return new OrtFile(preamble(), sets);
    }

    /** The ORSO line and the {@code # # } lines right after it. */
    private List<String> preamble() {
        List<String> preamble = new ArrayList<>();
        preamble.add(lines.get(0).text());
        for (int i = 1; i < lines.size() && lines.get(i).text().startsWith("# # "); i++) {
            preamble.add(lines.get(i).text());
        }
        return preamble;
    }

    private HeaderBlock parseHeader(Section section, int index) {
        if (index == 0 && HeaderBlock.isCommentOnly(section.header())) {
            List<SourceLine> header = section.header();
            throw new DataFileException(file, header.get(header.size() - 1).number(), 0,
                    "expected the YAML header (data_source, reduction, columns, ...) in '# '"
                            + " lines after the ORSO line but found only comments");
        }
        HeaderBlock block = HeaderBlock.parse(file, section.header());
        if (index > 0 && !block.located().has("data_set")) {
            throw new DataFileException(file, block.firstLine(), 1, "expected a new data set to"
                    + " start with '# data_set: <name>' but found header lines without it");
        }
        return block;
    }

    private OrtDataSet dataSet(Section section, int index, HeaderBlock block, HeaderBlock first) {
        String name = name(block, index);
        ObjectNode header = index == 0
                ? block.tree() : HeaderMerge.merge(first.tree(), block.tree());
        // A later block that lists columns replaces the first header's list, and is the place
        // to point at when those columns are wrong.
        HeaderBlock columnsBlock = block.located().has("columns") ? block : first;
        ColumnLayout layout;
        try {
            ListNode list = columnsBlock.located().optionalList("columns").orElseThrow(() ->
                    columnsBlock.located().error("expected a 'columns:' list describing the data"
                            + " columns (Qz, R, sR, sQz, ...)"));
            layout = ColumnLayout.read(list);
        } catch (ModelFileException e) {
            throw columnsBlock.relocate(e);
        }
        if (section.rows().isEmpty()) {
            throw new DataFileException(file, block.firstLine(), 0, "expected rows of numbers"
                    + " after the header of data set '" + name + "' but found none");
        }
        double[][] values = new RowReader(file, layout).read(section.rows());
        return new OrtDataSet(name, header, block.tree(), layout.columns(), values,
                layout.toDataSet(name, values), layout.abscissa(), layout.assumptions(),
                section.rows().stream().mapToInt(SourceLine::number).toArray());
    }

    /**
     * The {@code data_set} identifier as text, or the data set's index when there is none. Names
     * must be unique, or a data set could not be chosen by name.
     */
    private String name(HeaderBlock block, int index) {
        Optional<Node> node = block.located().optional("data_set");
        if (node.isEmpty()) {
            String name = String.valueOf(index);
            Integer earlier = nameLines.putIfAbsent(name, block.firstLine());
            if (earlier != null) {
                throw new DataFileException(file, block.firstLine(), 0, "expected a data set name"
                        + " used once but this data set has no data_set and its index " + name
                        + " already names the data set at line " + earlier);
            }
            return name;
        }
        JsonNode value = block.tree().get("data_set");
        if (!value.isValueNode()) {
            throw block.error(node.get(), "expected a name or number for data_set but found "
                    + node.get().describe());
        }
        String name = value.asText();
        Integer earlier = nameLines.putIfAbsent(name, block.line(node.get()));
        if (earlier != null) {
            throw block.error(node.get(), "expected a data set name used once but '" + name
                    + "' already names the data set at line " + earlier);
        }
        return name;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    /** The file as UTF-8 text, the format's encoding; bytes that are not are located. */
    private static String readText(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw DataFileException.ofFile(name, "expected an .ort file but found a directory");
        }
        byte[] bytes;
        try {
            bytes = org.evofit.core.input.InputLimits.readAllBytes(path);
        } catch (IOException e) {
            throw DataFileException.ofFile(name, ReadFailure.detail(e));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DataFileException(name, line, 0, "expected UTF-8 text, the encoding of .ort"
                    + " files, but found bytes that are not UTF-8; save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
