package io.stepwise.lesson;

/** One query parameter as a URL or a hidden form field writes it. */
public record Param(String name, String value) {}
