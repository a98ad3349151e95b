package io.stepwise.web.lesson;

import java.util.List;

/** The home page: the tutorials, in the order they are meant to be taken. */
public record HomePage(List<Lessons.Listing> tutorials) {
    public static final HomePage INSTANCE = new HomePage(Lessons.LISTED);
}
