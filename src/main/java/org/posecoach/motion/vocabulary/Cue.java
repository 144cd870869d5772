package org.posecoach.motion.vocabulary;

import java.util.Optional;

/**
 * A short message on screen, from a form event.
 *
 * @param issue what it is about
 * @param text what the user reads, e.g. "Slow down"
 * @param severity how much it matters
 * @param side the side concerned, when there is one
 * @param shownSeconds when it appeared
 */
public record Cue(
    FormIssue issue, String text, Severity severity, Optional<Side> side, double shownSeconds) {}
