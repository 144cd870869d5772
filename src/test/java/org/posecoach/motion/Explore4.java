package org.posecoach.motion;

public final class Explore4 {
  public static void main(String[] a) {
    var c = SyntheticGrid.cases().stream().filter(x -> x.name().contains(a[0])).findFirst().get();
    var s = c.performance().generate();
    double from = Double.parseDouble(a[1]), to = Double.parseDouble(a[2]);
    CameraView view = c.name().contains("FEET") ? CameraView.FEET : CameraView.SIDE;
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf));
    Trace.print(s, view, 0.0);
    System.setOut(out);
    for (String line : buf.toString().split("\n")) {
      double t = Double.parseDouble(line.trim().split(" ")[0]);
      if (t >= from && t <= to) System.out.println(line.substring(0, Math.min(line.length(), 90)));
    }
  }
}
