package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The stylesheet as sent: shorter, with every rule and declaration of the source. */
class CssMinifierTest {
    /** A rule's prelude (selector or at-rule) up to its brace, or a declaration up to its ; or }. */
    private static final Pattern PART = Pattern.compile("([^{};]+)(?=[{};])");

    @Test
    void comments_and_needless_whitespace_go() {
        assertEquals("a{color:red;margin:0 auto}b,i{x:1}",
                CssMinifier.minify("/* about a */\na {\n  color: red;\n  margin: 0  auto;\n}\nb ,\ni { x: 1; }\n"));
    }

    @Test
    void whitespace_that_means_something_stays() {
        assertEquals(".a .b{}", CssMinifier.minify(".a   .b { }"), "descendant combinator");
        assertEquals(".a :not(.b){}", CssMinifier.minify(".a :not(.b) {}"), "a space before a colon is a combinator");
        assertEquals("@media screen and (min-width:40rem){a{b:c}}",
                CssMinifier.minify("@media screen and (min-width: 40rem) {\n  a { b: c; }\n}"), "and ( is not a function and(");
        assertEquals("a{width:calc(100% - 2px + 1rem)}", CssMinifier.minify("a { width: calc(100% - 2px + 1rem); }"));
        assertEquals("a{font:1rem/1.5 system-ui,\"Segoe UI\",sans-serif}",
                CssMinifier.minify("a { font: 1rem/1.5 system-ui, \"Segoe UI\", sans-serif; }"));
        assertEquals("a{x:1 !important}", CssMinifier.minify("a { x: 1 !important; }"));
    }

    @Test
    void strings_and_urls_are_kept_as_written() {
        assertEquals("a::before{content:\"/* not a comment */  ; { }\"}",
                CssMinifier.minify("a::before { content: \"/* not a comment */  ; { }\"; }"));
        assertEquals("a{content:'it\\'s  here'}", CssMinifier.minify("a { content: 'it\\'s  here'; }"));
        assertEquals("a{background:url(/img/a;b.svg)}", CssMinifier.minify("a { background: url(/img/a;b.svg); }"));
        assertEquals("a{background:url(\"x) y.svg\")}", CssMinifier.minify("a { background: url(\"x) y.svg\"); }"));
    }

    @Test
    void the_stylesheet_keeps_every_rule_and_declaration() throws IOException {
        String source;
        try (InputStream in = CssMinifierTest.class.getResourceAsStream("/static/css/stepwise.css")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String minified = CssMinifier.minify(source);
        assertTrue(minified.length() < source.length() * 9 / 10, minified.length() + " of " + source.length());
        assertFalse(minified.contains("/*") || minified.contains("\n"));
        // The same selectors and declarations in the same order, told apart by the same words.
        assertEquals(parts(source.replaceAll("(?s)/\\*.*?\\*/", " ")), parts(minified));
    }

    /** Each prelude and declaration with its whitespace collapsed and trimmed, and none after a colon. */
    private static List<String> parts(String css) {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(css);
        while (m.find()) {
            String part = m.group(1).replaceAll("\\s+", " ").replaceAll(" ?, ?", ",").replaceAll(": ", ":").strip();
            if (!part.isEmpty()) parts.add(part);
        }
        return parts;
    }
}
