package io.stepwise.web.http;

/** A page or fragment that says what went wrong and where to go next. */
public record ErrorView(int status, String title, String message, String field, String backUrl, String backLabel) {}
