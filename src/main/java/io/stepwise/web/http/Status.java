package io.stepwise.web.http;

/**
 * The live region's text. In a page it sits in place; after an htmx step it comes out of band,
 * replacing only the text inside it, so the region itself stays in the document and screen readers
 * announce the new text.
 */
public record Status(String text, boolean outOfBand) {
    public static Status inPlace(String text) { return new Status(text, false); }

    public static Status outOfBand(String text) { return new Status(text, true); }
}
