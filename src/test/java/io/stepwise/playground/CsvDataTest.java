package io.stepwise.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Dataset;
import io.stepwise.engine.Limits;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvDataTest {

    @Nested
    class GoodRows {
        @Test
        void rows_with_a_header_give_inputs_then_targets() {
            CsvData.Parsed p = CsvData.parse("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", 2, 1);
            assertTrue(p.ok(), p.problems().toString());
            assertEquals(List.of("x1", "x2", "y"), p.header());
            Dataset d = p.data();
            assertEquals(4, d.size());
            assertArrayEquals(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, d.inputs());
            assertArrayEquals(new double[][] {{0}, {1}, {1}, {0}}, d.targets());
        }

        @Test
        void the_header_is_optional_and_blank_lines_are_skipped() {
            CsvData.Parsed p = CsvData.parse("\n  \n0.5, 1\r\n\r\n-2.5e-1,\u22123\n\n", 1, 1);
            assertTrue(p.ok(), p.problems().toString());
            assertEquals(List.of(), p.header());
            assertArrayEquals(new double[][] {{0.5}, {-0.25}}, p.data().inputs());
            assertArrayEquals(new double[][] {{1}, {-3}}, p.data().targets());
        }

        @Test
        void tabs_from_a_spreadsheet_and_quoted_numbers_are_read() {
            CsvData.Parsed p = CsvData.parse("dose\teffect\n0\t0\n\"0.5\"\t\"1\"\n", 1, 1);
            assertTrue(p.ok(), p.problems().toString());
            assertArrayEquals(new double[][] {{0}, {0.5}}, p.data().inputs());
        }

        @Test
        void two_targets_per_row_for_two_outputs() {
            CsvData.Parsed p = CsvData.parse("0,1,0,1\n1,1,1,1", 2, 2);
            assertTrue(p.ok());
            assertArrayEquals(new double[][] {{0, 1}, {1, 1}}, p.data().targets());
        }

        @Test
        void rows_as_links_write_them_read_back_exactly_as_csv_under_a_header() {
            Dataset d = new Dataset(new double[][] {{0.1, -3}, {1e-9, 2.5}}, new double[][] {{0.30000000000000004}, {-0.0}});
            String csv = "x1,x2,y\n" + PlaygroundUrl.rows(d).replace(';', '\n');
            CsvData.Parsed back = CsvData.parse(csv, 2, 1);
            assertTrue(back.ok(), back.problems().toString());
            assertArrayEquals(d.inputs(), back.data().inputs());
            assertArrayEquals(d.targets(), back.data().targets());
        }
    }

    @Nested
    class BadRows {
        @Test
        void a_row_with_the_wrong_number_of_values_names_its_line() {
            CsvData.Parsed p = CsvData.parse("x1,x2,y\n0,0,0\n0,1\n1,0,1,7\n", 2, 1);
            assertNull(p.data());
            assertEquals(List.of(
                    "Line 3 has 2 values; this network needs 3 values per line (2 inputs, then 1 target).",
                    "Line 4 has 4 values; this network needs 3 values per line (2 inputs, then 1 target)."), p.problems());
        }

        @Test
        void a_word_among_numbers_is_a_bad_row_not_a_header() {
            CsvData.Parsed p = CsvData.parse("0,abc\n1,2\n", 1, 1);
            assertEquals(List.of("Line 1, column 2 (y) must be a number, not “abc”."), p.problems());
        }

        @Test
        void nan_and_infinity_are_refused_by_name() {
            CsvData.Parsed p = CsvData.parse("x,y\n0,NaN\nInfinity,1\n-inf,1\n1e400,1\n", 1, 1);
            assertEquals(List.of(
                    "Line 2, column 2 (y) must be a finite number, not “NaN”.",
                    "Line 3, column 1 (x) must be a finite number, not “Infinity”.",
                    "Line 4, column 1 (x) must be a finite number, not “-inf”.",
                    "Line 5, column 1 (x) is too large to compute with (“1e400”)."), p.problems());
        }

        @Test
        void empty_cells_hex_and_suffixes_are_refused() {
            CsvData.Parsed p = CsvData.parse("1,\n0x1p3,1\n2d,1\n1.5.2,1\n", 1, 1);
            assertEquals(List.of(
                    "Line 1, column 2 (y) is empty.",
                    "Line 2, column 1 (x) must be a number, not “0x1p3”.",
                    "Line 3, column 1 (x) must be a number, not “2d”.",
                    "Line 4, column 1 (x) must be a number, not “1.5.2”."), p.problems());
        }

        @Test
        void a_header_of_the_wrong_width_is_reported() {
            CsvData.Parsed p = CsvData.parse("x,y\n0,0,0\n", 2, 1);
            assertEquals("Line 1 reads as a header with 2 columns; this network needs 3 values per line (2 inputs, then 1 target).",
                    p.problems().get(0));
        }

        @Test
        void many_bad_lines_are_listed_up_to_five_then_counted() {
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < 9; i++) csv.append("1\n");
            CsvData.Parsed p = CsvData.parse(csv.toString(), 1, 1);
            assertEquals(6, p.problems().size());
            assertEquals("…and 4 more lines with a problem.", p.problems().get(5));
        }

        @Test
        void empty_text_or_a_header_alone_has_no_data() {
            assertTrue(CsvData.parse("  \n", 1, 1).problems().get(0).startsWith("The CSV is empty"));
            assertTrue(CsvData.parse("x,y\n", 1, 1).problems().get(0).startsWith("The CSV has no data rows"));
        }

        @Test
        void more_rows_than_the_engine_allows_are_refused() {
            String csv = "0,0\n".repeat(Limits.MAX_SAMPLES + 1);
            assertEquals("The CSV has 1001 rows; at most 1000 can be used.", CsvData.parse(csv, 1, 1).problems().get(0));
        }
    }
}
