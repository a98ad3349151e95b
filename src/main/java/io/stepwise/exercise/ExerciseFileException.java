package io.stepwise.exercise;

/**
 * An exercise file that cannot be used. The message names the file, the line and column, the
 * field (as a path such as sets[0].quantities[1]) and what is wrong, so an instructor can fix it
 * without reading code.
 */
public class ExerciseFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;

    /** @param line 1-based, or 0 when the problem is not at a place in a file */
    public ExerciseFileException(String file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() { return file; }

    public int line() { return line; }

    /** The field's path, e.g. "sets[0].quantities[1]"; "" when the problem is the whole file. */
    public String field() { return field; }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder b = new StringBuilder("Exercise file ").append(file);
        if (line > 0) b.append(", line ").append(line);
        if (line > 0 && column > 0) b.append(", column ").append(column);
        if (!field.isEmpty()) b.append(", field ").append(field);
        return b.append(": ").append(problem).toString();
    }
}
