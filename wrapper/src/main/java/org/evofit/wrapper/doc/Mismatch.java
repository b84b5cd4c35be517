package org.evofit.wrapper.doc;

/** Builds the one message shape used for every wrong-type value, so all of them read alike. */
final class Mismatch {

    static final String STRING = "a string";
    static final String NUMBER = "a number";
    static final String INTEGER = "an integer";
    static final String BOOLEAN = "true or false";
    static final String MAPPING = "a mapping";
    static final String LIST = "a list";
    static final String SCALAR = "a single value";

    private Mismatch() {
    }

    /**
     * {@code expected a number for 'center' but found 'abc'}, located at the value.
     *
     * @param node     the offending value
     * @param expected what should have been there, with its article
     * @param key      the key the value belongs to, or {@code null} when there is none
     */
    static ModelFileException of(Node node, String expected, String key) {
        String subject = key == null ? "" : " for '" + key + "'";
        return node.error("expected " + expected + subject + " but found " + node.describe());
    }
}
