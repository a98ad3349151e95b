package io.stepwise.input;

/** Short names read from URLs (a shape, an exercise set, a parameter to draw), one rule for all. */
public final class Names {
    public static final int MAX_TOKEN_LENGTH = 20;

    private Names() {}

    /** Letters, digits and dashes, 1 to {@value #MAX_TOKEN_LENGTH} of them. */
    public static String token(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (!text.matches("[A-Za-z0-9-]{1," + MAX_TOKEN_LENGTH + "}")) {
            throw new InputError(field, "“" + field + "” must be a short name, not “" + NumberText.shorten(text) + "”.");
        }
        return text;
    }

    /** Items of a comma list, each stripped; none for blank text. */
    public static java.util.List<String> commaList(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return java.util.List.of();
        return java.util.Arrays.stream(text.split(",", -1)).map(String::strip).toList();
    }
}
