package org.posecoach.motion;

import org.posecoach.pose.Joint;

public final class Explore5 {
  public static void main(String[] a) {
    var c = SyntheticGrid.cases().stream().filter(x -> x.name().contains(a[0])).findFirst().get();
    var s = c.performance().generate();
    System.out.println(c.name() + " " + s.description());
    double from = Double.parseDouble(a[1]), to = Double.parseDouble(a[2]);
    for (var f : s.frames()) {
      double t = f.timestampNanos() / 1e9;
      if (t < from || t > to) continue;
      if (f.pose().isEmpty()) {
        System.out.printf("%.2f none%n", t);
        continue;
      }
      var p = f.pose().get();
      StringBuilder sb = new StringBuilder(String.format("%.2f ", t));
      for (int i = 3; i < a.length; i++) {
        var k = p.get(Joint.valueOf(a[i]));
        sb.append(String.format("%s(%.0f,%.0f %.2f) ", a[i], k.x(), k.y(), k.score()));
      }
      System.out.println(sb);
    }
  }
}
