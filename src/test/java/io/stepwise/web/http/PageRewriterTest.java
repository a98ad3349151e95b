package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageRewriterTest {
    static final String PAGE = "<a href=\"/\">Home</a> <a id=\"next\" href=\"/tutorials/last-bias?steps=2\" hx-get=\"/tutorials/last-bias?steps=2\">Next</a>"
            + " <form action=\"/tutorials/last-bias\" hx-get=\"/tutorials/last-bias\"></form>"
            + " <link href=\"/static/css/stepwise.css?v=1\"> <script src=\"/webjars/htmx.js\"></script>"
            + " <a href=\"https://example.org/x\">out</a> <a href=\"#main\">skip</a> <img src=\"//cdn.example/x.png\">";

    @Nested
    class BasePath {
        @Test
        void every_root_relative_url_gains_the_prefix() {
            String out = PageRewriter.rewrite(PAGE, "/stepwise", null);
            assertEquals("<a href=\"/stepwise/\">Home</a> <a id=\"next\" href=\"/stepwise/tutorials/last-bias?steps=2\" hx-get=\"/stepwise/tutorials/last-bias?steps=2\">Next</a>"
                    + " <form action=\"/stepwise/tutorials/last-bias\" hx-get=\"/stepwise/tutorials/last-bias\"></form>"
                    + " <link href=\"/stepwise/static/css/stepwise.css?v=1\"> <script src=\"/stepwise/webjars/htmx.js\"></script>"
                    + " <a href=\"https://example.org/x\">out</a> <a href=\"#main\">skip</a> <img src=\"//cdn.example/x.png\">", out);
        }

        @Test
        void without_a_base_path_or_embed_the_page_is_unchanged() {
            assertEquals(PAGE, PageRewriter.rewrite(PAGE, "", null));
        }

        @Test
        void header_urls_gain_the_prefix_too() {
            assertEquals("/stepwise/playground?x=1", PageRewriter.url("/playground?x=1", "/stepwise", null));
            assertEquals("https://example.org/", PageRewriter.url("https://example.org/", "/stepwise", null));
        }
    }

    @Nested
    class Embed {
        @Test
        void links_to_the_same_lesson_stay_in_the_frame_and_others_open_a_new_tab() {
            String out = PageRewriter.rewrite(PAGE, "/stepwise", "/tutorials/last-bias");
            assertEquals("<a href=\"/stepwise/\" target=\"_blank\" rel=\"noopener\">Home</a>"
                    + " <a id=\"next\" href=\"/stepwise/embed/tutorials/last-bias?steps=2\" hx-get=\"/stepwise/embed/tutorials/last-bias?steps=2\">Next</a>"
                    + " <form action=\"/stepwise/embed/tutorials/last-bias\" hx-get=\"/stepwise/embed/tutorials/last-bias\"></form>"
                    + " <link href=\"/stepwise/static/css/stepwise.css?v=1\"> <script src=\"/stepwise/webjars/htmx.js\"></script>"
                    + " <a href=\"https://example.org/x\">out</a> <a href=\"#main\">skip</a> <img src=\"//cdn.example/x.png\">", out);
        }

        @Test
        void nothing_in_a_frame_asks_for_the_focus() {
            String html = "<input id=\"a\" autofocus><a href=\"#x\" autofocus=\"autofocus\">x</a>";
            assertEquals("<input id=\"a\"><a href=\"#x\">x</a>", PageRewriter.rewrite(html, "", "/tutorials/last-bias"));
            assertEquals(html, PageRewriter.rewrite(html, "", null));
        }

        @Test
        void a_link_with_a_rel_of_its_own_keeps_one_rel_attribute() {
            String html = "<a class=\"lesson-next\" rel=\"next\" href=\"/tutorials/all-parameters\">Next</a>";
            assertEquals("<a class=\"lesson-next\" rel=\"next noopener\" href=\"/tutorials/all-parameters\" target=\"_blank\">Next</a>",
                    PageRewriter.rewrite(html, "", "/tutorials/last-bias"));
        }

        @Test
        void a_link_that_already_names_its_target_is_left_alone() {
            String html = "<a href=\"/\" target=\"_self\">x</a>";
            assertEquals(html, PageRewriter.rewrite(html, "", "/tutorials/last-bias"));
        }
    }
}
