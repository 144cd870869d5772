package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.posecoach.testing.SharedData;

/**
 * The product path on real people ({@code ../shared/data/real}, counts judged by eye): {@code
 * evaluate} counts every clip exactly, as filmed and mirrored (as if from the other side of the
 * mat: the same people and movements, other pixels, so a count that holds only on the original was
 * luck). One analysis pass over the folder each (about half a minute).
 */
class RealClipsCountTest {

  @Test
  void everyRealClipIsCountedAsAPersonJudgedIt() throws Exception {
    EvaluateRun evaluation = EvaluateRun.of(SharedData.require("real"));
    assertEquals(0, evaluation.run().exit(), evaluation::report);
    assertEquals(
        List.of(),
        evaluation.notExact(),
        () -> "clips not counted as judged:\n" + evaluation.report());
  }

  @Test
  void everyRealClipIsCountedTheSameFilmedFromTheOtherSide() throws Exception {
    EvaluateRun evaluation = EvaluateRun.of(SharedData.require("real"), "--mirror");
    assertEquals(0, evaluation.run().exit(), evaluation::report);
    assertEquals(
        List.of(),
        evaluation.notExact(),
        () -> "mirrored clips not counted as judged:\n" + evaluation.report());
  }
}
