package io.stepwise.web.http;

/** A page model with the frame its layout draws around it: what a page template renders. */
public record Framed<T>(Frame frame, T page) {}
