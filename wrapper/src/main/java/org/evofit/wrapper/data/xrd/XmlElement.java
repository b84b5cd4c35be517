package org.evofit.wrapper.data.xrd;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.NumberText;

/**
 * One element of an instrument's XML file, read whole with the JDK's StAX reader, that knows where it
 * stood: every lookup that fails reports the file (and zip entry), the element's line and what was expected.
 * Names are local names: the instruments change their namespace with each schema version.
 *
 * @param name       the element's local name
 * @param attributes its attributes by local name
 * @param text       its own text, trimmed
 * @param children   its child elements in file order
 * @param source     the file as the user named it, with {@code !entry} for an entry of a zip archive
 * @param line       the line its start tag ends on
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children,
                  String source, int line) {

    /** A byte-order mark, the declaration, comments and a doctype, then the root's start tag (prefix dropped). */
    private static final Pattern FIRST_ELEMENT = Pattern.compile(
            "\\A(?:\\uFEFF|\\xEF\\xBB\\xBF)?(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\\w.-]+:)?([\\w.-]+)",
            Pattern.DOTALL);

    /**
     * Reads a whole XML document.
     *
     * @param source the file (and zip entry) for messages
     * @throws DataFileException when the document is not well-formed XML (a truncated file among others)
     */
    static XmlElement parse(InputStream in, String source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A data file has no business reaching for other files or URLs.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(in);
            return readDocument(reader, source);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new DataFileException(source, line, 0, "expected well-formed XML but "
                    + firstLine(e.getMessage()) + " (is the file truncated or damaged?)");
        } finally {
            close(reader);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader, String source) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Builder(reader.getLocalName(), attributes, reader.getLocation().getLineNumber()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build(source);
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                default -> {
                    // comments, processing instructions and white space outside elements say nothing
                }
            }
        }
        throw new DataFileException(source, 0, 0, "expected an XML document but found no root element");
    }

    /**
     * The local name of the root element of a document starting with {@code text}, or empty when the text
     * does not start as an XML document: content sniffing, without parsing a whole file.
     */
    static Optional<String> rootName(String text) {
        Matcher start = FIRST_ELEMENT.matcher(text);
        return start.lookingAt() ? Optional.of(start.group(1)) : Optional.empty();
    }

    /** The first child called {@code childName}. */
    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every child called {@code childName}, in file order. */
    List<XmlElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The first child called {@code childName}; a {@link DataFileException} naming both when there is none. */
    XmlElement require(String childName) {
        return child(childName).orElseThrow(() -> error("expected an element <" + childName + "> in <" + name
                + "> but found none"));
    }

    /** The first element called {@code elementName} below this one, depth first. */
    Optional<XmlElement> find(String elementName) {
        for (XmlElement c : children) {
            if (c.name.equals(elementName)) {
                return Optional.of(c);
            }
            Optional<XmlElement> below = c.find(elementName);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** The attribute {@code attribute}; a {@link DataFileException} when the element lacks it. */
    String requireAttribute(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            throw error("expected an attribute " + attribute + "=\"...\" on <" + name + "> but found none");
        }
        return value;
    }

    /** The element's text as one number. */
    double number() {
        return parse(text, "a number");
    }

    /** The attribute {@code attribute} as a number. */
    double numberAttribute(String attribute) {
        return parse(requireAttribute(attribute), "a number in " + attribute + "=\"...\"");
    }

    /** The attribute {@code attribute} as a whole number of 0 or more (a column index). */
    int indexAttribute(String attribute) {
        String value = requireAttribute(attribute);
        if (!value.matches("\\d{1,9}")) {
            throw error("expected a whole number of 0 or more in " + attribute + "=\"...\" on <" + name
                    + "> but found '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /** The element's text as numbers separated by {@code separator} (a regular expression). */
    double[] numbers(String separator) {
        if (text.isEmpty()) {
            throw error("expected numbers in <" + name + "> but found no text");
        }
        String[] fields = text.split(separator, -1);
        double[] values = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = parse(fields[i].trim(), "a number as value " + (i + 1));
        }
        return values;
    }

    private double parse(String value, String expected) {
        OptionalDouble parsed = NumberText.parse(value);
        if (parsed.isEmpty()) {
            throw error("expected " + expected + " in <" + name + "> but found '" + value + "'");
        }
        return parsed.getAsDouble();
    }

    /** A mistake at this element. */
    DataFileException error(String detail) {
        return new DataFileException(source, line, 0, detail);
    }

    private static String firstLine(String message) {
        String text = message == null ? "it is not" : message.strip();
        int cut = text.lastIndexOf("Message: ");
        return (cut >= 0 ? text.substring(cut + "Message: ".length()) : text).lines().findFirst().orElse(text);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read; the document's own mistake, if any, is already being reported
            }
        }
    }

    /** An element whose end tag has not been read yet. */
    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final int line;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        XmlElement build(String source) {
            return new XmlElement(name, Map.copyOf(attributes), text.toString().strip(), List.copyOf(children),
                    source, line);
        }
    }
}
