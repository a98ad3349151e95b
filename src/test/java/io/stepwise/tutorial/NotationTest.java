package io.stepwise.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotationTest {
    @Test
    void a_parameter_name_in_a_label_takes_its_number_as_a_subscript() {
        assertEquals(List.of(new Notation.Part("Starting b", "3")), Notation.withParameterNames("Starting b3").parts());
        assertEquals("Starting b3", Notation.withParameterNames("Starting b3").plain());
    }

    @Test
    void other_words_with_digits_stay_text() {
        assertEquals(List.of(new Notation.Part("Learning rate", "")), Notation.withParameterNames("Learning rate").parts());
        assertEquals(List.of(new Notation.Part("web2 and bw3", "")), Notation.withParameterNames("web2 and bw3").parts());
    }
}
