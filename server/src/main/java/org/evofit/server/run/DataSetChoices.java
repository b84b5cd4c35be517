package org.evofit.server.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.ServiceException;

/**
 * The files a start chooses for the data sets of a model of several, by data set name: in JSON {@code data}
 * as an object ({@code {"film in D2O": "data/d2o.dat"}}, a list per name for a sweep), on the start form one
 * chooser per data set of each model, its field {@code data@MODEL@NAME} (the model's path in it, so the
 * choosers of the models not chosen are ignored). A fit takes one file per data set; a sweep a list each,
 * all as long, run k reading file k of every list, as a sweep file's keyed {@code data:} does.
 */
final class DataSetChoices {

    private static final String FORM_PREFIX = "data@";

    private DataSetChoices() {
    }

    /** The start form's field for data set {@code dataSet} of {@code model}. */
    static String formField(String model, String dataSet) {
        return FORM_PREFIX + model + "@" + dataSet;
    }

    /** Whether a form field is a data set chooser (of any model). */
    static boolean isFormField(String key) {
        return key.startsWith(FORM_PREFIX);
    }

    /** The choices of the form's choosers for {@code model}, in the form's order; empty choosers left out. */
    static Map<String, List<String>> ofForm(Map<String, List<String>> params, String model) {
        String prefix = formField(model, "");
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((key, values) -> {
            List<String> chosen = values.stream().filter(v -> !v.isBlank()).toList();
            if (key.startsWith(prefix) && !chosen.isEmpty()) {
                out.put(key.substring(prefix.length()), chosen);
            }
        });
        return out;
    }

    /**
     * The choices of a JSON {@code data} object: each name's file or list of files.
     *
     * @throws ServiceException 400 for a value that is neither, or an empty list
     */
    static Map<String, List<String>> ofJson(Map<?, ?> data) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        data.forEach((name, value) -> {
            List<String> files = new ArrayList<>();
            if (value instanceof List<?> list) {
                list.forEach(f -> files.add(String.valueOf(f)));
            } else if (value instanceof String file) {
                files.add(file);
            }
            if (files.isEmpty() || files.stream().anyMatch(String::isBlank)) {
                throw ServiceException.badInput("data: data set '" + name + "' has " + value + "; expected a data file's"
                        + " project path (data/NAME), or a list of them for a sweep", null);
            }
            out.put(String.valueOf(name), List.copyOf(files));
        });
        return out;
    }

    /**
     * Checks the counts: a fit one file per data set, a sweep as many files for each data set.
     *
     * @throws ServiceException 400 naming the data set (two, for a sweep) and the counts
     */
    static void checkCounts(Map<String, List<String>> chosen, String kind) {
        Map.Entry<String, List<String>> first = null;
        for (Map.Entry<String, List<String>> e : chosen.entrySet()) {
            if (Submission.FIT.equals(kind) && e.getValue().size() != 1) {
                throw ServiceException.badInput("a fit takes one data file per data set; data set '" + e.getKey() + "' has "
                        + e.getValue().size() + "; start a sweep for several", null);
            }
            if (first != null && e.getValue().size() != first.getValue().size()) {
                throw ServiceException.badInput("data set '" + first.getKey() + "' has " + first.getValue().size()
                        + " files and data set '" + e.getKey() + "' has " + e.getValue().size() + "; run k reads file k of"
                        + " every data set, so expected as many files for each", null);
            }
            first = first == null ? e : first;
        }
    }

    /** The number of runs the choices make: the length of every list (0 for none). */
    static int runs(Map<String, List<String>> chosen) {
        return chosen.values().stream().findFirst().map(List::size).orElse(0);
    }
}
