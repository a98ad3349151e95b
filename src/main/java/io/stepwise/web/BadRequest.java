package io.stepwise.web;

/** Input that cannot be used, with the field it came from and what is wrong, in words. */
public class BadRequest extends RuntimeException {
    private final String field;

    public BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() { return field; }
}
