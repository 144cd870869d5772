package org.posecoach.motion;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.posecoach.synthetic.ExpectedEvent;

/** Tuning tool: the grid's missed and false form events, by kind, with the streams they are in. */
public final class GridEventsDebug {
  private GridEventsDebug() {}

  public static void main(String[] args) {
    Map<String, StreamRun> runs = new ConcurrentHashMap<>();
    SyntheticGrid.cases().parallelStream()
        .forEach(c -> runs.put(c.name(), new StreamRun(c.performance().generate())));
    Map<String, Integer> missed = new TreeMap<>();
    Map<String, Integer> wrong = new TreeMap<>();
    runs.forEach(
        (name, r) -> {
          for (ExpectedEvent e : r.stream.truth().events()) {
            boolean found =
                r.events.stream().anyMatch(f -> e.matches(f.issue(), f.side(), f.timeSeconds()));
            if (!found) {
              missed.merge(e.issue().name(), 1, Integer::sum);
              if (args.length > 0) {
                System.out.println("MISSED " + e + "\n" + r.report());
              }
            }
          }
          r.falseEvents()
              .forEach(
                  f -> {
                    wrong.merge(f.issue().name(), 1, Integer::sum);
                    if (args.length > 0) {
                      System.out.println("FALSE " + f + "\n" + r.report());
                    }
                  });
        });
    System.out.println("missed " + missed + "\nfalse " + wrong);
  }
}
