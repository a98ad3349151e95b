package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkCountTest {
    private static WorkCount count(int... sizes) {
        return WorkCount.of(Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, sizes), 1);
    }

    @Test
    void finite_differences_for_the_dosage_network_match_a_hand_count() {
        // 7 parameters, each one extra forward pass of 4 weights and 1 squared residual.
        WorkCount w = count(1, 2, 1);
        assertEquals(7 * 5, w.finiteDifferenceMultiplications());
        assertEquals(2 * 7 * 5, w.centralDifferenceMultiplications());
    }

    @Test
    void forward_mode_for_the_dosage_network_matches_a_hand_count() {
        // w1, b1, w2, b2: f′ at their hidden neuron, w to the output, f′ there, ∂SSR/∂ŷ: 4 each.
        // w3, w4, b3: f′ at the output, ∂SSR/∂ŷ: 2 each.
        assertEquals(4 * 4 + 3 * 2, count(1, 2, 1).forwardModeMultiplications());
    }

    @Test
    void counts_for_two_hidden_layers_match_a_hand_count() {
        // 2-3-3-1: 18 weights, 7 biases.
        WorkCount w = count(2, 3, 3, 1);
        assertEquals(25 * (18 + 1), w.finiteDifferenceMultiplications());
        // Layer 1 (9 parameters): 1 + 3 edges + 3 f′ + 3 edges + 1 f′ + 1 = 12; layer 2 (12): 1 + 1 + 1 + 1 = 4; output (4): 2.
        assertEquals(9 * 12 + 12 * 4 + 4 * 2, w.forwardModeMultiplications());
        assertEquals(1 + (9 + 3) + (3 + 3) + 18, w.backpropMultiplications());
    }

    @Test
    void a_pass_per_parameter_costs_more_than_the_table_once_there_are_many_parameters() {
        for (int[] sizes : new int[][] {{2, 3, 3, 1}, {1, 4, 4, 4, 1}, {1, 8, 8, 8, 1}, {4, 16, 16, 16, 16, 1}}) {
            WorkCount w = count(sizes);
            assertTrue(w.forwardModeMultiplications() > 3 * w.backpropMultiplications(), java.util.Arrays.toString(sizes));
            assertTrue(w.finiteDifferenceMultiplications() > w.forwardModeMultiplications(), java.util.Arrays.toString(sizes));
        }
    }
}
