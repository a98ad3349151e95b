package io.stepwise.tutorial;

/**
 * Which states a lesson's history table lists: the start, and the newest {@code rows} states up
 * to the one shown. Row k is always the state after k updates.
 *
 * @param from the oldest listed state after the start (1 when nothing is left out)
 * @param to the state shown
 */
public record HistoryWindow(int from, int to) {

    public static HistoryWindow of(int shown, int rows) {
        return new HistoryWindow(Math.max(1, shown - rows + 1), shown);
    }

    /** How many states between the start and the listed ones are left out: steps 1 to this. */
    public int omitted() { return from - 1; }
}
