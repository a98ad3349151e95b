package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import io.stepwise.web.lesson.Lessons;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExerciseFilesTest {
    /** Every lesson of the registry, as the server hands them to the reader. */
    static final List<ExerciseLesson<?>> LESSONS = Lessons.exercises();


    static Path resource(String name) {
        try {
            return Path.of(ExerciseFilesTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class GoodFiles {
        @Test
        void the_documented_example_loads_every_set_with_its_fields() {
            ExerciseCatalog catalog = ExerciseFiles.load(resource("exercises"), LESSONS);
            assertEquals(List.of("signs", "slow-start", "chain-factors", "deep-deltas"), List.copyOf(catalog.sets().keySet()));

            ExerciseSet signs = catalog.find("signs");
            assertEquals("Signs first: residuals and new values", signs.title());
            assertEquals(LastBiasPage.EXERCISES, signs.lesson());
            assertEquals(List.of(Quantity.RESIDUAL, Quantity.NEW_VALUE), signs.quantities());
            assertEquals(new Tolerance(0.001, 0.02), signs.tolerance());
            assertEquals(Map.of(), signs.start());
            assertEquals("class-example.json", signs.source());

            ExerciseSet slow = catalog.find("slow-start");
            assertEquals(Tolerance.DEFAULT, slow.tolerance(), "tolerance defaults when absent");
            assertEquals(Map.of("b3", 1.0, "lr", 0.05), slow.start(), "by field name");

            ExerciseSet chain = catalog.find("chain-factors");
            assertEquals(AllParametersPage.EXERCISES, chain.lesson());
            assertEquals(List.of(Quantity.CHAIN_FACTOR, Quantity.CHAIN_FACTOR, Quantity.GRADIENT), chain.quantities(), "a quantity repeated is asked more often");
            assertEquals(Map.of("lr", 0.05), chain.start());

            ExerciseSet deep = catalog.find("deep-deltas");
            assertEquals(DpPage.EXERCISES, deep.lesson());
            assertEquals(Map.of("shape", "1-4-4-4-1"), deep.start());
            assertNull(catalog.find("nothing"));
        }

        @Test
        void no_directory_means_only_the_built_in_sets() {
            assertSame(ExerciseCatalog.BUILT_IN, ExerciseFiles.fromEnvironment(null, LESSONS));
            assertSame(ExerciseCatalog.BUILT_IN, ExerciseFiles.fromEnvironment("  ", LESSONS));
            assertTrue(ExerciseCatalog.BUILT_IN.sets().isEmpty());
        }

        @Test
        void an_empty_directory_adds_nothing_and_other_files_are_ignored(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("notes.txt"), "not an exercise file");
            Files.writeString(dir.resolve(".hidden.json"), "{ broken");
            assertTrue(ExerciseFiles.load(dir, LESSONS).sets().isEmpty());
        }

        @Test
        void files_are_read_in_name_order(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("b.json"), set("second", "slope"));
            Files.writeString(dir.resolve("a.json"), set("first", "residual"));
            assertEquals(List.of("first", "second"), List.copyOf(ExerciseFiles.load(dir, LESSONS).sets().keySet()));
        }
    }

    @Nested
    class BadFiles {
        /** Each bad file stops loading with a message that names the file, the line and the field. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                not-json.json                   | 3  | sets[0]                   | not valid JSON
                unknown-quantity.json           | 7  | sets[0].quantities[1]     | unknown quantity “slop”; the last-bias lesson can ask residual, slope, step-size, new-value
                quantity-of-another-lesson.json | 9  | sets[0].quantities[1]     | the last-bias lesson cannot ask “delta”
                unknown-lesson.json             | 6  | sets[0].lesson            | unknown lesson “last-biass”; use one of last-bias, all-parameters, dynamic-programming
                tolerance-as-text.json          | 10 | sets[0].tolerance.relative | must be a number (without quotes)
                missing-title.json              | 9  | sets[1].title             | "title" is missing
                unknown-field.json              | 7  | sets[0].quantity          | unknown field “quantity”
                bad-id.json                     | 4  | sets[0].id                | “Class 7B” cannot be an id
                duplicate-key.json              | 8  | sets[0].title             | Duplicate field 'title'
                start-out-of-range.json         | 8  | sets[0].start.b3          | Starting b3 must be a number from -1000 to 1000, not “5000”.
                unknown-shape.json              | 8  | sets[0].start.shape       | Network shape must be one of 1-2-1, 2-3-3-1, 1-4-4-4-1, not “1-3-1”.
                no-sets.json                    | 2  | sets                      | "sets" is empty
                negative-tolerance.json         | 8  | sets[0].tolerance.absolute | The absolute tolerance must be a number from 0 to 1000, not “-0.1”.
                start-for-another-lesson.json   | 8  | sets[0].start.shape       | unknown field “shape”; the fields here are b3, learningRate
                all-parameters-residual.json    | 9  | sets[0].quantities[1]     | the all-parameters lesson cannot ask “residual”; it can ask chain-factor, gradient, step-size, new-value.
                all-parameters-start-b3.json    | 8  | sets[0].start.b3          | unknown field “b3”; the fields here are learningRate.
                """)
        void names_file_line_and_field(String file, int line, String field, String problem) {
            Path path = resource("exercises-invalid/" + file);
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.loadFile(path, LESSONS));
            String message = e.getMessage();
            assertTrue(message.startsWith("Exercise file " + path + ", line " + line + ", column "), message);
            assertTrue(message.contains(", field " + field), message);
            assertTrue(message.contains(problem), message);
            assertEquals(path.toString(), e.file());
            assertEquals(line, e.line());
        }

        @Test
        void a_directory_with_one_bad_file_does_not_load(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("a-good.json"), set("good", "slope"));
            Files.copy(resource("exercises-invalid/unknown-quantity.json"), dir.resolve("b-bad.json"));
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.load(dir, LESSONS));
            assertTrue(e.getMessage().contains("b-bad.json, line 7"), e.getMessage());
        }

        @Test
        void an_id_used_in_two_files_names_the_second_file_and_the_first(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("a.json"), set("shared", "slope"));
            Files.writeString(dir.resolve("b.json"), set("shared", "residual"));
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.load(dir, LESSONS));
            assertTrue(e.getMessage().startsWith("Exercise file " + dir.resolve("b.json") + ", line 4, column "), e.getMessage());
            assertTrue(e.getMessage().contains("field sets[0].id: the id “shared” is already used by a set in a.json"), e.getMessage());
        }

        @Test
        void an_id_used_twice_in_one_file_is_refused(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("twice.json");
            Files.writeString(file, "{\"sets\": [\n"
                    + "{\"id\": \"x\", \"title\": \"X\", \"lesson\": \"last-bias\", \"quantities\": [\"slope\"]},\n"
                    + "{\"id\": \"x\", \"title\": \"Y\", \"lesson\": \"last-bias\", \"quantities\": [\"slope\"]}\n]}\n");
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.loadFile(file, LESSONS));
            assertEquals(3, e.line());
            assertEquals("sets[1].id", e.field());
        }

        @Test
        void a_missing_directory_is_named(@TempDir Path dir) {
            Path missing = dir.resolve("nowhere");
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.fromEnvironment(missing.toString(), LESSONS));
            assertEquals("Exercise file " + missing + ": there is no such directory; STEPWISE_EXERCISES_DIR must name a directory of *.json files.",
                    e.getMessage());
        }

        @Test
        void a_file_in_place_of_the_directory_is_named(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("exercises.json"), set("a", "slope"));
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.load(file, LESSONS));
            assertTrue(e.getMessage().contains("this is not a directory"), e.getMessage());
        }

        @Test
        void an_empty_file_and_trailing_content_are_refused(@TempDir Path dir) throws Exception {
            Path empty = Files.writeString(dir.resolve("empty.json"), "");
            assertTrue(assertThrows(ExerciseFileException.class, () -> ExerciseFiles.loadFile(empty, LESSONS)).getMessage().contains("the file is empty"));
            Path trailing = Files.writeString(dir.resolve("trailing.json"), set("a", "slope") + "\n{}\n");
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.loadFile(trailing, LESSONS));
            assertTrue(e.getMessage().contains("more after the end of the JSON object"), e.getMessage());
        }

        @Test
        void a_root_that_is_not_an_object_is_refused(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("list.json"), "[1, 2]");
            ExerciseFileException e = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.loadFile(file, LESSONS));
            assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("must hold a JSON object"), e.getMessage());
        }
    }

    /** A file with one last-bias set; its id stands on line 4. */
    static String set(String id, String quantity) {
        return "{\n  \"sets\": [\n    {\n      \"id\": \"" + id + "\",\n      \"title\": \"T\",\n      \"lesson\": \"last-bias\",\n"
                + "      \"quantities\": [\"" + quantity + "\"]\n    }\n  ]\n}\n";
    }
}
