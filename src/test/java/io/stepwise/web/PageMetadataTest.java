package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every page says what it is: a description of its own and a title no other kind of page has. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageMetadataTest {
    private static final Pattern TITLE = Pattern.compile("<title>([^<]+)</title>");
    private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]+)\">");
    private final TestServer server = new TestServer();

    @AfterAll
    void stop() { server.close(); }

    @Test
    void every_page_has_its_own_description_and_a_title_no_other_page_has() {
        Map<String, String> pageByTitle = new HashMap<>();
        Map<String, String> pageByDescription = new HashMap<>();
        for (SitePages.SitePage page : SitePages.ALL) {
            HttpResponse<String> r = server.get(page.path());
            assertEquals(page.status(), r.statusCode(), page.name());
            String head = r.body().substring(0, r.body().indexOf("</head>"));
            String title = one(TITLE, head, page.name() + ": title");
            String description = one(DESCRIPTION, head, page.name() + ": description");
            assertTrue(description.length() >= 25, page.name() + ": a description that says something: " + description);
            assertTrue(title.endsWith(" · Stepwise"), page.name() + ": " + title);
            // The states, embed view and marked form of one lesson or the playground are the same page; different pages differ.
            String kind = page.path().replaceFirst("^/embed", "").replaceFirst("\\?.*", "");
            String other = pageByTitle.putIfAbsent(title, kind);
            assertTrue(other == null || other.equals(kind), "“" + title + "” is the title of both " + other + " and " + kind);
            String otherDescribed = pageByDescription.putIfAbsent(description, kind);
            assertTrue(otherDescribed == null || otherDescribed.equals(kind), "the same description for " + otherDescribed + " and " + kind);
        }
    }

    private static String one(Pattern pattern, String body, String what) {
        Matcher m = pattern.matcher(body);
        assertTrue(m.find(), what + " is missing");
        String found = m.group(1);
        assertTrue(!m.find(), what + " appears twice");
        return found;
    }
}
