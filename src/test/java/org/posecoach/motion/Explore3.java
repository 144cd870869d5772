package org.posecoach.motion;

import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.NoiseSettings;
import org.posecoach.synthetic.Performance;

public final class Explore3 {
  public static void main(String[] a) {
    var s =
        Performance.builder(ExerciseId.LUMBAR_ROTATION, 5)
            .camera(CameraSetup.side(true))
            .noise(NoiseSettings.NONE)
            .fidget(0)
            .reps(2)
            .build()
            .generate();
    Trace.print(s, CameraView.SIDE, 0.2);
    System.out.println(new StreamRun(s).report());
  }
}
