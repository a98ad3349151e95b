package io.stepwise.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.concurrent.ConcurrentHashMap;

/** Renders the precompiled jte templates: one template, one typed model. */
public final class Views {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    /** Each template's last output size in bytes: the next render starts with room for about as much. */
    private final ConcurrentHashMap<String, Integer> lengths = new ConcurrentHashMap<>();

    public String render(String template, Object model) { return html(template, model).toString(); }

    public String render(String template, Object model, String then, Object thenModel) {
        return html(template, model, then, thenModel).toString();
    }

    /** The rendered text, not yet copied into a String: {@link PageCache} encodes it to UTF-8 straight from the buffer. */
    public CharSequence html(String template, Object model) {
        int last = lengths.getOrDefault(template, 1024);
        HtmlOutput out = new HtmlOutput(last + last / 8);
        render(template, model, out, last);
        return out;
    }

    /** One template's output followed by another's, such as a fragment and its out-of-band status, in one buffer. */
    public CharSequence html(String template, Object model, String then, Object thenModel) {
        int last = lengths.getOrDefault(template, 1024);
        int lastThen = lengths.getOrDefault(then, 1024);
        HtmlOutput out = new HtmlOutput(last + lastThen + (last + lastThen) / 8);
        render(template, model, out, last);
        render(then, thenModel, out, lastThen);
        return out;
    }

    /** Appends to out, and remembers how much this template wrote. */
    private void render(String template, Object model, HtmlOutput out, int last) {
        int start = out.size();
        engine.render(template, model, out);
        int length = out.size() - start;
        if (length != last) lengths.put(template, length);
    }
}
