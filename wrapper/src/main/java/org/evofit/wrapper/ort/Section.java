package org.evofit.wrapper.ort;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one data set: its header block and its data rows.
 *
 * @param header the {@code #} lines above the rows
 * @param rows   the data rows, without blank lines and without comment lines among them
 */
record Section(List<SourceLine> header, List<SourceLine> rows) {

    /**
     * Cuts a file into data sets. A run of {@code #} lines (blank lines in it do not matter) is a
     * header block; the rows after it belong to it. A block among the rows that holds only
     * comments is no new data set: such lines are left out, and the rows on either side of them
     * stay together. Blank lines and indented comments are left out too.
     *
     * @param lines every line of the file, the first being the ORSO line
     */
    static List<Section> split(List<SourceLine> lines) {
        List<List<SourceLine>> runs = new ArrayList<>();
        List<Boolean> isHeader = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.text().isBlank()
                    || !line.text().startsWith("#") && line.text().stripLeading().startsWith("#")) {
                // An indented '#' line is no header line, only a comment among the rows.
                continue;
            }
            boolean header = line.text().startsWith("#");
            if (runs.isEmpty() || isHeader.get(runs.size() - 1) != header) {
                runs.add(new ArrayList<>());
                isHeader.add(header);
            }
            runs.get(runs.size() - 1).add(line);
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<SourceLine> run = runs.get(i);
            if (!isHeader.get(i)) {
                // The file starts with the ORSO line, so there is always a section here.
                sections.get(sections.size() - 1).rows().addAll(run);
            } else if (sections.isEmpty() || !HeaderBlock.isCommentOnly(run)) {
                sections.add(new Section(run, new ArrayList<>()));
            }
        }
        return sections.stream()
                .map(s -> new Section(List.copyOf(s.header()), List.copyOf(s.rows())))
                .toList();
    }
}
