package io.stepwise.web.lesson;

import io.stepwise.web.http.Frame;

/**
 * The embed view's link to the full page of the state it shows: in place in the page, and out of
 * band after each step taken inside the frame, so it never points at the step the frame opened on.
 */
public record FullLessonLink(Frame frame, boolean outOfBand) {}
