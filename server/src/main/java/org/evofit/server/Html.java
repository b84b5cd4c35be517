package org.evofit.server;

/**
 * The pages' common frame and the one escaping rule every page uses: whatever a user or a file
 * supplied (names, messages, values) goes through {@link #text} before it reaches HTML, so an
 * uploaded file's name can never become markup.
 */
public final class Html {

    private Html() {
    }

    /** {@code value} as HTML text or attribute content: {@code & < > " '} escaped; null is empty. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole page: {@code title} (escaped here) and {@code body}, which is HTML the caller built with
     * {@link #text} around every value. The head loads the stylesheet; pages that draw plots or take
     * live updates add {@link #SCRIPTS} themselves.
     */
    public static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · evofit</title>
                <link rel="stylesheet" href="/static/evofit.css">
                </head>
                <body>
                <header><a class="brand" href="/">evofit</a> <nav><a href="/">Projects</a> <a href="/api/openapi.json">API</a></nav></header>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(text(title), body);
    }

    /** The browser libraries (WebJars: uPlot for plots, htmx and its server-sent-events extension). */
    public static final String SCRIPTS = """
            <link rel="stylesheet" href="/webjars/uplot/1.6.30/dist/uPlot.min.css">
            <script src="/webjars/uplot/1.6.30/dist/uPlot.iife.min.js"></script>
            <script src="/webjars/htmx.org/2.0.4/dist/htmx.min.js"></script>
            <script src="/webjars/htmx.org/2.0.4/dist/ext/sse.js"></script>
            """;
}
