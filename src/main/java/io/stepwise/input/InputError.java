package io.stepwise.input;

/**
 * Input that cannot be used: the field it came from and what is wrong, as a whole sentence. The
 * web layer turns it into its 400 answers, exercise files into a file, line and field error.
 */
public class InputError extends RuntimeException {
    private final String field;

    public InputError(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() { return field; }
}
