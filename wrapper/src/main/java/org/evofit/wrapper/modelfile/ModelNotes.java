package org.evofit.wrapper.modelfile;

import java.util.List;
import java.util.Map;

/**
 * What a writer adds to a model file besides the model itself, none of which changes what the reader
 * reads: comments recording where the model came from (a GenX import's provenance, its script lines),
 * and the text a value was given as ({@code "4/3.92^3"} says more than 0.0664...). {@link #NONE} is
 * what {@code Model.save} writes.
 *
 * @param header           comment lines at the top; empty for the writer's own line
 * @param valueTexts       by parameter name: a constant expression to write instead of the number,
 *                         used only when it evaluates to exactly the parameter's value
 * @param sectionComments  by section key ({@code layers}, {@code stacks}, {@code variables},
 *                         {@code couplings}, {@code optimizer}): a comment after the key
 * @param couplingComments each coupling's comment (null for none), in the couplings' order; may be shorter
 * @param columnsComments  each data set's comment on its columns (null for none), in the data's order;
 *                         may be shorter
 * @param optimizer        comments in the optimizer section and the settings to write
 * @param footer           comment lines at the end, after a blank line; empty for none
 */
public record ModelNotes(List<String> header, Map<String, String> valueTexts, Map<String, String> sectionComments,
                         List<String> couplingComments, List<String> columnsComments, OptimizerYaml.Notes optimizer,
                         List<String> footer) {

    /** No comments: every setting written, numbers as numbers. */
    public static final ModelNotes NONE = new ModelNotes(List.of(), Map.of(), Map.of(), List.of(), List.of(),
            OptimizerYaml.Notes.NONE, List.of());

    /** Copies the collections. */
    public ModelNotes {
        header = List.copyOf(header);
        valueTexts = Map.copyOf(valueTexts);
        sectionComments = Map.copyOf(sectionComments);
        couplingComments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(couplingComments));
        columnsComments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columnsComments));
        footer = List.copyOf(footer);
    }

    /** The comment after a section's key, or null. */
    String section(String key) {
        return sectionComments.get(key);
    }

    /** The i-th element of a list of comments, or null past its end. */
    static String at(List<String> comments, int i) {
        return i < comments.size() ? comments.get(i) : null;
    }
}
