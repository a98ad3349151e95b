package io.stepwise.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.concurrent.ConcurrentHashMap;

/** Renders the precompiled jte templates: one template, one typed model. */
public final class Views {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    /** Each template's last output length: the next render starts with room for about as much. */
    private final ConcurrentHashMap<String, Integer> lengths = new ConcurrentHashMap<>();

    public String render(String template, Object model) {
        int last = lengths.getOrDefault(template, 1024);
        HtmlOutput out = new HtmlOutput(last + last / 8);
        engine.render(template, model, out);
        if (out.length() != last) lengths.put(template, out.length());
        return out.toString();
    }
}
