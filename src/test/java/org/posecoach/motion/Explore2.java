package org.posecoach.motion;

import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.NoiseSettings;
import org.posecoach.synthetic.Performance;

public final class Explore2 {
  public static void main(String[] a) {
    ExerciseId ex = ExerciseId.fromId(a[0]);
    CameraSetup cam =
        a[1].equals("feet") ? CameraSetup.feet() : CameraSetup.side(a[1].equals("left"));
    NoiseSettings n =
        a.length > 2 && a[2].equals("clean") ? NoiseSettings.NONE : NoiseSettings.TYPICAL;
    var s =
        Performance.builder(ex, 1)
            .camera(cam)
            .noise(n)
            .fidget(n == NoiseSettings.NONE ? 0 : 1)
            .build()
            .generate();
    Trace.print(
        s,
        a[1].equals("feet") ? CameraView.FEET : CameraView.SIDE,
        a.length > 3 ? Double.parseDouble(a[3]) : 0.2);
    System.out.println(new StreamRun(s).report());
  }
}
