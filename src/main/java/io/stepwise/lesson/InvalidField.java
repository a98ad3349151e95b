package io.stepwise.lesson;

/** A query value a lesson cannot use; the message names the field and what it accepts. */
public final class InvalidField extends RuntimeException {
    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The query name as the request gave it. */
    public String field() { return field; }
}
