package org.posecoach.motion;

import java.io.*;
import java.util.*;

public final class Explore6 {
  public static void main(String[] a) throws Exception {
    System.setProperty("debug.form", "true");
    PrintStream orig = System.out;
    for (var c : SyntheticGrid.cases()) {
      if (!c.name().contains(a[0])
          || c.name().contains("SPECIAL")
          || c.name().contains("quiet")
          || c.name().contains("wrong")) continue;
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buf));
      new StreamRun(c.performance().generate());
      System.setOut(orig);
      List<Double> l = new ArrayList<>(), r = new ArrayList<>();
      for (String line : buf.toString().split("\n")) {
        if (!line.contains("reached=true")) continue;
        double peak = Double.parseDouble(line.replaceAll(".*peak=([0-9.]+).*", "$1"));
        if (line.contains("[LEFT]")) l.add(peak);
        else if (line.contains("[RIGHT]")) r.add(peak);
      }
      if (l.isEmpty() || r.isEmpty()) continue;
      Collections.sort(l);
      Collections.sort(r);
      double ml = l.get(l.size() / 2), mr = r.get(r.size() / 2);
      System.out.printf("%.2f %s%n", Math.min(ml, mr) / Math.max(ml, mr), c.name());
    }
  }
}
