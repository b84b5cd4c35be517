package org.evofit.report;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads a chart's SVG file as XML, without fetching the SVG DTD the file names. */
public final class SvgFiles {

    private SvgFiles() {
    }

    /** The parsed file; throws when it is not well-formed XML. */
    public static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(svg.toFile());
    }
}
