package org.posecoach.motion;

import java.util.Locale;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;

/** Tuning tool: runs one synthetic grid case by seed and prints its report and a state trace. */
public final class GridCaseDebug {
  private GridCaseDebug() {}

  public static void main(String[] args) {
    String seed = "#" + args[0];
    for (SyntheticGrid.Case c : SyntheticGrid.cases()) {
      if (!c.name().endsWith(seed)) {
        continue;
      }
      SyntheticStream stream = c.performance().generate();
      System.out.println(new StreamRun(stream).report());
      ExerciseAnalyzer a = new ExerciseAnalyzer(stream.settings());
      a.addListener(
          e -> {
            if (!(e instanceof MotionEvent.CueChanged)) {
              System.out.printf(Locale.ROOT, "  %.2f %s%n", e.timeSeconds(), e);
            }
          });
      int i = 0;
      for (SyntheticFrame f : stream.frames()) {
        a.accept(f.pose(), f.timestampNanos());
        if (args.length > 1 && i++ % Integer.parseInt(args[1]) == 0) {
          AnalyzerSnapshot s = a.snapshot();
          System.out.printf(
              Locale.ROOT,
              "%.2f %s %s %s %.2f%n",
              s.timeSeconds(),
              s.state(),
              s.position(),
              s.phase(),
              s.progress());
        }
      }
    }
  }
}
