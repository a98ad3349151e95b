package io.stepwise.exercise;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.input.Count;
import io.stepwise.input.InputError;
import io.stepwise.input.Names;
import io.stepwise.input.Range;
import io.stepwise.lesson.Field;
import io.stepwise.lesson.FieldReader;
import io.stepwise.lesson.InvalidField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the instructor's exercise sets: every *.json file in one directory, read at start-up and
 * checked completely, so that a mistake stops the server with a message naming the file, line and
 * field instead of surfacing in front of a class. The only class of this package that reads files
 * or uses Jackson; the format is in the README and in src/test/resources/exercises/. The lessons,
 * their quantities and their start fields come from the lesson registry, handed in by the caller.
 */
public final class ExerciseFiles {
    /** The environment variable that names the directory. */
    public static final String ENV = "STEPWISE_EXERCISES_DIR";
    static final int MAX_FILE_BYTES = 1_000_000;
    static final int MAX_SETS = 200;
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,19}";
    /** The answer tolerances a set may choose: at least one of them above 0. */
    static final Range ABSOLUTE = new Range("The absolute tolerance", 0, false, 1_000);
    static final Range RELATIVE = new Range("The relative tolerance", 0, false, 0.5);

    static final Set<String> ROOT_FIELDS = Set.of("sets");
    static final Set<String> SET_FIELDS = Set.of("id", "title", "lesson", "quantities", "tolerance", "start");
    static final Set<String> TOLERANCE_FIELDS = Set.of("absolute", "relative");

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ExerciseFiles() {}

    /**
     * The catalog for the directory an environment variable names: only the built-in sets when it
     * is unset or blank.
     *
     * @param lessons every lesson that asks exercises, in the registry's order
     */
    public static ExerciseCatalog fromEnvironment(String directory, List<ExerciseLesson<?>> lessons) {
        if (directory == null || directory.isBlank()) return ExerciseCatalog.BUILT_IN;
        return load(Path.of(directory.strip()), lessons);
    }

    /** Every *.json file in the directory (not its subdirectories), in name order. */
    public static ExerciseCatalog load(Path dir, List<ExerciseLesson<?>> lessons) {
        if (!Files.isDirectory(dir)) {
            throw new ExerciseFileException(dir.toString(), 0, 0, "", Files.exists(dir)
                    ? "this is not a directory; " + ENV + " must name a directory of *.json files."
                    : "there is no such directory; " + ENV + " must name a directory of *.json files.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ExerciseFileException(dir.toString(), 0, 0, "", "the directory cannot be read (" + e.getMessage() + ").");
        }
        Map<String, ExerciseSet> sets = new LinkedHashMap<>();
        for (Path file : files) {
            for (Located<ExerciseSet> s : read(file, lessons)) {
                ExerciseSet earlier = sets.get(s.value().id());
                if (earlier != null) {
                    throw s.error("id", "the id “" + s.value().id() + "” is already used by a set in " + earlier.source() + "; ids must be unique.");
                }
                sets.put(s.value().id(), s.value());
            }
        }
        if (sets.size() > MAX_SETS) {
            throw new ExerciseFileException(dir.toString(), 0, 0, "", "there are " + sets.size() + " sets; at most " + MAX_SETS + " are allowed.");
        }
        return new ExerciseCatalog(sets);
    }

    /**
     * What an instructor probably did not mean, for a warning at start-up (the server starts
     * anyway): files that look like exercise files but are skipped because their names do not end
     * in ".json" exactly, or a directory with no exercise file at all. Empty when all is well.
     */
    public static List<String> warnings(Path dir) {
        List<String> skipped = new ArrayList<>();
        long read = 0;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".")) continue;
                if (name.endsWith(".json")) read++;
                else if (name.toLowerCase(java.util.Locale.ROOT).contains(".json")) skipped.add(name);
            }
        } catch (IOException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!skipped.isEmpty()) {
            out.add(ENV + ": skipped " + String.join(", ", skipped) + " in " + dir + ": only files whose names end in “.json” "
                    + "(lower case) are read.");
        }
        if (read == 0) out.add(ENV + ": " + dir + " holds no *.json file, so only the built-in exercises are offered.");
        return out;
    }

    /** The sets of one file, checked. */
    public static List<ExerciseSet> loadFile(Path file, List<ExerciseLesson<?>> lessons) {
        return read(file, lessons).stream().map(Located::value).toList();
    }

    /** A value read from a file, with where its "id" stood, for errors found later (duplicate ids). */
    private record Located<T>(T value, Reader reader, String path) {
        ExerciseFileException error(String field, String problem) {
            return reader.error(path + "." + field, problem);
        }
    }

    private static List<Located<ExerciseSet>> read(Path file, List<ExerciseLesson<?>> lessons) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ExerciseFileException(name, 0, 0, "", "the file is larger than " + MAX_FILE_BYTES / 1_000_000 + " MB.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExerciseFileException(name, 0, 0, "", "the file cannot be read (" + e.getMessage() + ").");
        }
        Reader reader = new Reader(name, lessons);
        JsonNode root = reader.parse(bytes);
        return reader.sets(root);
    }

    /** One file's tree, the location of every value in it, and the checks, which name the field that fails. */
    private static final class Reader {
        private final String file;
        private final List<ExerciseLesson<?>> lessons;
        private final Map<String, JsonLocation> where = new HashMap<>();

        Reader(String file, List<ExerciseLesson<?>> lessons) {
            this.file = file;
            this.lessons = lessons;
        }

        JsonNode parse(byte[] bytes) {
            try (JsonParser p = JSON.createParser(bytes)) {
                JsonToken first = p.nextToken();
                if (first == null) throw new ExerciseFileException(file, 0, 0, "", "the file is empty; it must hold a JSON object with a \"sets\" array.");
                JsonNode root = value(p, "");
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new ExerciseFileException(file, at.getLineNr(), at.getColumnNr(), "", "there is more after the end of the JSON object.");
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String path = pathOf(e);
                return fail(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path,
                        "this is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new ExerciseFileException(file, 0, 0, "", "the file cannot be read (" + e.getMessage() + ").");
            }
        }

        /** Builds the tree from the current token on, noting where each value starts. */
        private JsonNode value(JsonParser p, String path) throws IOException {
            where.put(path, p.currentTokenLocation());
            JsonNodeFactory f = JsonNodeFactory.instance;
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    ObjectNode o = f.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        o.set(field, value(p, path.isEmpty() ? field : path + "." + field));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = f.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p, path + "[" + i++ + "]"));
                    return a;
                }
                case VALUE_STRING -> { return f.textNode(p.getText()); }
                case VALUE_NUMBER_INT -> { return f.numberNode(p.getBigIntegerValue()); }
                case VALUE_NUMBER_FLOAT -> { return f.numberNode(p.getDecimalValue()); }
                case VALUE_TRUE, VALUE_FALSE -> { return f.booleanNode(p.getBooleanValue()); }
                default -> { return f.nullNode(); }
            }
        }

        List<Located<ExerciseSet>> sets(JsonNode root) {
            if (!root.isObject()) fail("", "the file must hold a JSON object with a \"sets\" array.");
            onlyKnown(root, "", ROOT_FIELDS);
            JsonNode list = required(root, "", "sets");
            if (!list.isArray()) fail("sets", "\"sets\" must be an array of exercise sets.");
            if (list.isEmpty()) fail("sets", "\"sets\" is empty; give at least one exercise set.");
            List<Located<ExerciseSet>> out = new ArrayList<>();
            Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "sets[" + i + "]";
                ExerciseSet set = set(list.get(i), path);
                if (!ids.add(set.id())) fail(path + ".id", "the id “" + set.id() + "” is used twice in this file; ids must be unique.");
                out.add(new Located<>(set, this, path));
            }
            return out;
        }

        private ExerciseSet set(JsonNode node, String path) {
            if (!node.isObject()) fail(path, "each exercise set must be a JSON object.");
            onlyKnown(node, path, SET_FIELDS);
            String id = text(required(node, path, "id"), path + ".id");
            if (!id.matches(ID_PATTERN)) {
                fail(path + ".id", "“" + shorten(id) + "” cannot be an id: use 1 to 20 lower-case letters, digits and dashes, starting with a letter or digit (it goes into URLs as set=…).");
            }
            String title = text(required(node, path, "title"), path + ".title");
            if (title.isBlank() || title.length() > 100) fail(path + ".title", "the title must have 1 to 100 characters.");
            String lessonId = text(required(node, path, "lesson"), path + ".lesson");
            ExerciseLesson<?> lesson = lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst().orElse(null);
            if (lesson == null) {
                fail(path + ".lesson", "unknown lesson “" + shorten(lessonId) + "”; use one of "
                        + String.join(", ", lessons.stream().map(ExerciseLesson::id).toList()) + ".");
            }
            List<Quantity> quantities = quantities(required(node, path, "quantities"), path + ".quantities", lesson);
            Tolerance tolerance = node.has("tolerance") ? tolerance(node.get("tolerance"), path + ".tolerance") : Tolerance.DEFAULT;
            Map<String, Object> start = node.has("start") ? start(node.get("start"), path + ".start", lesson) : Map.of();
            return new ExerciseSet(id, title.strip(), lesson, quantities, tolerance, start, fileName());
        }

        private List<Quantity> quantities(JsonNode node, String path, ExerciseLesson<?> lesson) {
            if (!node.isArray()) fail(path, "\"quantities\" must be an array of names such as \"residual\".");
            if (node.isEmpty() || node.size() > 20) fail(path, "give 1 to 20 quantities, not " + node.size() + ".");
            List<Quantity> out = new ArrayList<>();
            String allowed = String.join(", ", lesson.quantities().stream().map(Quantity::id).toList());
            for (int i = 0; i < node.size(); i++) {
                String itemPath = path + "[" + i + "]";
                String id = text(node.get(i), itemPath);
                Quantity q = Quantity.fromId(id);
                if (q == null) fail(itemPath, "unknown quantity “" + shorten(id) + "”; the " + lesson.id() + " lesson can ask " + allowed + ".");
                if (!lesson.quantities().contains(q)) fail(itemPath, "the " + lesson.id() + " lesson cannot ask “" + id + "”; it can ask " + allowed + ".");
                out.add(q);
            }
            return out;
        }

        private Tolerance tolerance(JsonNode node, String path) {
            if (!node.isObject()) fail(path, "\"tolerance\" must be an object such as {\"absolute\": 0.001, \"relative\": 0.01}.");
            onlyKnown(node, path, TOLERANCE_FIELDS);
            double absolute = node.has("absolute") ? number(node.get("absolute"), path + ".absolute", ABSOLUTE) : Tolerance.DEFAULT.absolute();
            double relative = node.has("relative") ? number(node.get("relative"), path + ".relative", RELATIVE) : Tolerance.DEFAULT.relative();
            if (absolute == 0 && relative == 0) fail(path, "absolute and relative cannot both be 0: no typed answer would ever be exact.");
            return new Tolerance(absolute, relative);
        }

        /** The lesson's start values, each read by its field's rule, as a URL's would be, under its exercise-file name. */
        private Map<String, Object> start(JsonNode node, String path, ExerciseLesson<?> lesson) {
            if (!node.isObject()) fail(path, "\"start\" must be an object.");
            Map<String, Field<?>> fields = lesson.codec().presettable();
            onlyKnown(node, path, fields.keySet());
            try {
                return lesson.codec().presets(new StartFields(node, path));
            } catch (InputError e) {
                return fail(path + "." + e.field(), e.getMessage());
            } catch (InvalidField e) {
                return fail(path + "." + e.field(), e.getMessage());
            }
        }

        /** A "start" object as a lesson's field table reads it: JSON values of the right type, then the field's rule. */
        private final class StartFields implements FieldReader {
            private final JsonNode node;
            private final String path;

            StartFields(JsonNode node, String path) {
                this.node = node;
                this.path = path;
            }

            @Override public boolean has(String name) { return node.has(name); }

            @Override public double number(String name, String label, double fallback, double min, double max) {
                return new Range(label, min, false, max).check(name, json(name));
            }

            @Override public double positive(String name, String label, double fallback, double max) {
                return new Range(label, 0, true, max).check(name, json(name));
            }

            @Override public int count(String name, String label, int fallback, int max) { return new Count(label, max).check(name, json(name)); }

            @Override public boolean flag(String name, String label) {
                JsonNode v = node.get(name);
                if (!v.isBoolean()) fail(path + "." + name, "must be true or false.");
                return v.booleanValue();
            }

            @Override public String text(String name, String fallback) { return Names.token(name, Reader.this.text(node.get(name), path + "." + name)); }

            private double json(String name) {
                JsonNode v = node.get(name);
                if (!v.isNumber()) fail(path + "." + name, "must be a number (without quotes).");
                return v.doubleValue();
            }
        }

        private void onlyKnown(JsonNode node, String path, Set<String> allowed) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    String field = path.isEmpty() ? name : path + "." + name;
                    fail(field, allowed.isEmpty() ? "unknown field “" + shorten(name) + "”; nothing can be set here."
                            : "unknown field “" + shorten(name) + "”; the fields here are " + String.join(", ", allowed.stream().sorted().toList()) + ".");
                }
            }
        }

        private JsonNode required(JsonNode node, String path, String name) {
            JsonNode child = node.get(name);
            String field = path.isEmpty() ? name : path + "." + name;
            if (child == null || child.isNull()) {
                // A missing field has no place of its own; point at the object that lacks it.
                JsonLocation at = where.get(path);
                throw new ExerciseFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), field,
                        "\"" + name + "\" is missing.");
            }
            return child;
        }

        private String text(JsonNode node, String path) {
            if (!node.isTextual()) fail(path, "must be a string in double quotes.");
            return node.asText();
        }

        /** A number within its quantity's range, refused with the same words as in a lesson's URL or the API. */
        private double number(JsonNode node, String path, Range quantity) {
            if (!node.isNumber()) fail(path, "must be a number (without quotes).");
            try {
                return quantity.check(path, node.doubleValue());
            } catch (InputError e) {
                return fail(path, e.getMessage());
            }
        }

        private <T> T fail(String path, String problem) {
            JsonLocation at = where.get(path);
            return fail(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, problem);
        }

        ExerciseFileException error(String path, String problem) {
            JsonLocation at = where.get(path);
            return new ExerciseFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, problem);
        }

        private <T> T fail(int line, int column, String path, String problem) {
            throw new ExerciseFileException(file, line, column, path, problem);
        }

        private String fileName() {
            return Path.of(file).getFileName().toString();
        }

        /** The field a parse error happened in, from the parser's context (e.g. sets[1].lesson). */
        private static String pathOf(JsonProcessingException e) {
            Object processor = e.getProcessor();
            if (!(processor instanceof JsonParser p)) return "";
            StringBuilder path = new StringBuilder();
            List<String> parts = new ArrayList<>();
            for (var ctx = p.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
                if (ctx.inArray()) parts.add(0, "[" + Math.max(0, ctx.getCurrentIndex()) + "]");
                else if (ctx.getCurrentName() != null) parts.add(0, "." + ctx.getCurrentName());
            }
            for (String part : parts) path.append(part);
            return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
