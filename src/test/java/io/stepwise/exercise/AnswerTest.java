package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerTest {

    @ParameterizedTest(name = "“{0}” is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            2.61|2.61
            −2.61|-2.61
            -2.61|-2.61
              2.61  |2.61
            − 2.61|-2.61
            +3|3
            .5|0.5
            5.|5
            1.5e-3|0.0015
            −1E2|-100
            0|0
            """)
    void numbers_are_read_with_a_true_minus_sign_and_spaces_trimmed(String typed, double value) {
        Answer a = Answer.parse(typed);
        assertTrue(a.isNumber(), a.problem());
        assertEquals(value, a.value(), 0.0);
        assertEquals(typed.strip(), a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "−1,5", "1.000,5", "1,500"})
    void a_decimal_comma_is_refused_with_a_message_that_says_so(String typed) {
        Answer a = Answer.parse(typed);
        assertFalse(a.isNumber());
        assertTrue(a.problem().contains("Use a point as the decimal separator, not a comma"), a.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1,5|Write 1.5.
            −2,61|Write −2.61.
            """)
    void a_decimal_comma_gets_the_number_it_probably_means(String typed, String suggestion) {
        assertTrue(Answer.parse(typed).problem().endsWith(suggestion), Answer.parse(typed).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "2.6.1", "2 61", "NaN", "Infinity", "0x10", "1/2", "e5", "--2", "2−", "1d"})
    void text_that_is_not_a_number_gets_a_clear_message(String typed) {
        Answer a = Answer.parse(typed);
        assertFalse(a.isNumber());
        assertTrue(Double.isNaN(a.value()));
        assertEquals("“" + typed + "” is not a number. Type a number such as 2.61 or −0.5 (a true minus sign − works too).", a.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_answer_asks_for_a_number(String typed) {
        assertEquals("Type a number first.", Answer.parse(typed).problem());
        assertEquals("Type a number first.", Answer.parse(null).problem());
    }

    @org.junit.jupiter.api.Test
    void a_huge_or_long_answer_is_refused() {
        assertTrue(Answer.parse("1e400").problem().contains("too large"));
        Answer longOne = Answer.parse("1".repeat(41));
        assertTrue(longOne.problem().contains("too long"));
        assertEquals(41, longOne.text().length(), "40 characters and an ellipsis");
    }
}
