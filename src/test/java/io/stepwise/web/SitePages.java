package io.stepwise.web;

import java.util.List;

/**
 * One URL of every kind of page the site serves, for checks that must hold on all of them (valid
 * HTML, a description, a title of its own): home, each lesson at several states, their embed
 * views, the playground and the error pages.
 */
public final class SitePages {
    /** A page: a short name for messages, its path and query, and the status it answers with. */
    public record SitePage(String name, String path, int status) {}

    public static final List<SitePage> ALL = List.of(
            new SitePage("home", "/", 200),
            new SitePage("last bias", "/tutorials/last-bias", 200),
            new SitePage("last bias, two steps", "/tutorials/last-bias?b3=0&lr=0.1&tol=0.001&steps=2", 200),
            new SitePage("last bias, log scale, answered", "/tutorials/last-bias?steps=3&logy=1&answer=1.5&hint=1&reveal=1", 200),
            new SitePage("last bias, converged", "/tutorials/last-bias?steps=1000", 200),
            new SitePage("all parameters", "/tutorials/all-parameters", 200),
            new SitePage("all parameters, steps", "/tutorials/all-parameters?steps=5&focus=w3&answer=-2.5", 200),
            new SitePage("dynamic programming", "/tutorials/dynamic-programming", 200),
            new SitePage("dynamic programming, filled", "/tutorials/dynamic-programming?shape=1-2-1&filled=2&param=w1&sample=1", 200),
            new SitePage("embedded last bias", "/embed/tutorials/last-bias?steps=1", 200),
            new SitePage("embedded all parameters", "/embed/tutorials/all-parameters?steps=2", 200),
            new SitePage("embedded dynamic programming", "/embed/tutorials/dynamic-programming", 200),
            new SitePage("embedded playground", "/embed/playground", 200),
            new SitePage("playground", "/playground", 200),
            new SitePage("playground permalink", "/playground?layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all"
                    + "&data=0,0,0;0,1,1;1,0,1;1,1,0&lr=0.1&tol=0.001&max=1000&steps=3", 200),
            new SitePage("playground, bad link", "/playground?layers=2-3-1&act=swish&seed=7&data=0,0,0;0,1,NaN&lr=0.1&steps=1", 400),
            new SitePage("bad lesson setting", "/tutorials/last-bias?lr=abc", 400),
            new SitePage("not found", "/no/such/page", 404));

    private SitePages() {}
}
