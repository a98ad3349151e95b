package io.stepwise.web;

import java.util.List;

/** The home page: the tutorials, in the order they are meant to be taken. */
public record HomePage(List<Lessons.Listing> tutorials) {
    static final HomePage INSTANCE = new HomePage(Lessons.LISTED);
}
