package io.stepwise.playground;

/**
 * One field that cannot be used and why, as a sentence to show next to it.
 *
 * @param field the field's name ({@link Fields}), which also gives the ids of its input and message
 */
public record FieldError(String field, String message) {}
