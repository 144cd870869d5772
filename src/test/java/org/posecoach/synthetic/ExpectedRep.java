package org.posecoach.synthetic;

import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/**
 * A repetition (or completed hold) the analyzer must count, within a time window.
 *
 * @param side the side, for sided exercises
 * @param fromSeconds the count may not come before this
 * @param toSeconds nor after this
 */
public record ExpectedRep(Optional<Side> side, double fromSeconds, double toSeconds) {}
