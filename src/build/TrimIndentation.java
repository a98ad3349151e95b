import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step, after jte generates the templates: drops the indentation at the start of each line of
 * the templates' fixed text, outside pre and textarea, so pages are sent without it while the
 * template sources stay indented. In HTML a line break and the spaces after it show as one space,
 * as the break alone does. jte keeps each template's fixed text in a .bin file, cut into parts
 * whose lengths its generated class lists; both are rewritten here, once per build, so rendering
 * costs nothing more. A part that starts a line (after an @for or @if line) keeps its indentation
 * and blank lines here, as only the render knows whether the text before it ended the line:
 * HtmlOutput drops them.
 *
 *   java src/build/TrimIndentation.java target/generated-sources/jte target/classes
 */
public class TrimIndentation {
    private static final Pattern LOAD = Pattern.compile("BinaryContent\\.load\\((\\w+)\\.class, \"(\\w+\\.bin)\", ([0-9,]*)\\)");

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        long before = 0;
        long after = 0;
        List<Path> generated;
        try (Stream<Path> files = Files.walk(sources)) {
            generated = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path java : generated) {
            String code = Files.readString(java);
            Matcher m = LOAD.matcher(code);
            if (!m.find()) continue;
            Path bin = classes.resolve(sources.relativize(java)).resolveSibling(m.group(2));
            byte[] text = Files.readAllBytes(bin);
            List<String> lengths = new ArrayList<>();
            StringBuilder trimmed = new StringBuilder();
            boolean verbatim = false;
            boolean inTag = false; // within a pre or textarea start tag, before its text
            int offset = 0;
            for (String length : m.group(3).split(",")) {
                int n = Integer.parseInt(length);
                String part = new String(text, offset, n, StandardCharsets.UTF_8);
                offset += n;
                if (verbatim && !inTag && !part.isEmpty() && " \t\n".indexOf(part.charAt(0)) >= 0) {
                    throw new IllegalStateException(java + ": a part of the text of a pre or textarea starts with white space, which the page writer drops after a line break");
                }
                StringBuilder out = new StringBuilder(part.length());
                for (int i = 0; i < part.length(); i++) {
                    char c = part.charAt(i);
                    if (c == '<') {
                        inTag = opens(part, i);
                        verbatim = inTag || (verbatim && !closes(part, i));
                    } else if (c == '>') {
                        inTag = false;
                    }
                    out.append(c);
                    if (c == '\n' && !verbatim) {
                        while (i + 1 < part.length() && (part.charAt(i + 1) == ' ' || part.charAt(i + 1) == '\t')) i++;
                    }
                }
                byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                lengths.add(Integer.toString(bytes.length));
                trimmed.append(out);
            }
            if (offset != text.length) throw new IllegalStateException(bin + ": the parts do not add up to the file");
            byte[] result = trimmed.toString().getBytes(StandardCharsets.UTF_8);
            before += text.length;
            after += result.length;
            Files.write(bin, result);
            Files.writeString(java, code.substring(0, m.start(3)) + String.join(",", lengths) + code.substring(m.end(3)));
        }
        System.out.printf("templates' fixed text without indentation: %,d bytes, was %,d%n", after, before);
    }

    /** Whether an element whose text is kept as written (pre, textarea) opens at i. */
    private static boolean opens(String s, int i) { return tag(s, i + 1, "pre") || tag(s, i + 1, "textarea"); }

    private static boolean closes(String s, int i) { return i + 1 < s.length() && s.charAt(i + 1) == '/' && (tag(s, i + 2, "pre") || tag(s, i + 2, "textarea")); }

    private static boolean tag(String s, int at, String name) {
        int end = at + name.length();
        return s.regionMatches(true, at, name, 0, name.length()) && (end == s.length() || " \n\t>".indexOf(s.charAt(end)) >= 0);
    }
}
