package org.gdl4j.notebook;

/** HTML text helpers shared by the notebook renderers. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for use in HTML element content and in double- or single-quoted attributes.
     *
     * @param text any text; {@code null} becomes the empty string
     * @return the text with {@code & < > " '} replaced by character references
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
}
