package org.posecoach.motion;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A tuning aid, not a test: runs the synthetic grid (or the streams whose name contains the first
 * argument) and prints, by kind, the streams with wrong counts and the missed and false form
 * events; with a second argument, each such stream's full report.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     org.posecoach.motion.SyntheticGridReport "cat_camel SIDE_LEFT" verbose
 * </pre>
 */
public final class SyntheticGridReport {

  private SyntheticGridReport() {}

  public static void main(String[] args) {
    String filter = args.length > 0 ? args[0] : "";
    boolean verbose = args.length > 1;
    List<SyntheticGrid.Case> cases =
        SyntheticGrid.cases().stream().filter(c -> c.name().contains(filter)).toList();
    Map<String, StreamRun> runs =
        cases.parallelStream()
            .collect(
                Collectors.toConcurrentMap(
                    SyntheticGrid.Case::name, c -> new StreamRun(c.performance().generate())));
    int bad = 0, exp = 0, found = 0, rep = 0, wrong = 0;
    Map<String, Integer> byKey = new TreeMap<>();
    for (SyntheticGrid.Case c : cases) {
      StreamRun r = runs.get(c.name());
      exp += r.stream.truth().events().size();
      found += r.expectedFound();
      rep += r.events.size();
      wrong += r.falseEvents().size();
      boolean ok = r.countsExact();
      String key = c.name().replaceAll(" #\\d+", "").replaceAll(" (COCO_17|BLAZEPOSE_33)", "");
      if (!ok) {
        bad++;
        byKey.merge("COUNT " + key, 1, Integer::sum);
      }
      for (var f : r.falseEvents())
        byKey.merge("FALSE " + f.issue() + " " + c.name().split(" ")[0], 1, Integer::sum);
      if (r.expectedFound() < r.stream.truth().events().size())
        byKey.merge("MISSED " + key, 1, Integer::sum);
      if (verbose
          && (!ok
              || !r.falseEvents().isEmpty()
              || r.expectedFound() < r.stream.truth().events().size())) {
        System.out.println((ok ? "" : "COUNT ") + c.name() + "\n" + r.report());
      }
    }
    byKey.forEach((k, v) -> System.out.println(v + "  " + k));
    System.out.printf(
        "streams %d, count failures %d, events expected %d found %d, reported %d false %d%n",
        cases.size(), bad, exp, found, rep, wrong);
  }
}
