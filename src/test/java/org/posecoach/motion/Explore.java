package org.posecoach.motion;

import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.Performance;

/** A scratch runner for looking at single synthetic streams (not a test). */
public final class Explore {
  public static void main(String[] args) {
    for (ExerciseId ex : ExerciseId.values()) {
      for (CameraSetup cam :
          new CameraSetup[] {CameraSetup.side(true), CameraSetup.side(false), CameraSetup.feet()}) {
        if (!ex.isSupine() && cam.placement() == CameraSetup.Placement.FEET) continue;
        StreamRun run = new StreamRun(Performance.builder(ex, 1).camera(cam).build().generate());
        System.out.println((run.countsExact() ? "OK  " : "BAD ") + run.report());
      }
    }
  }
}
