package org.posecoach.motion;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.filter.OneEuroFilter;
import org.posecoach.motion.position.PositionClassifier;
import org.posecoach.motion.position.PostureFeatures;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;

/** Scratch: prints a stream's signal, smoothed signal and position guesses (not a test). */
final class Trace {
  static void print(SyntheticStream s, CameraView view, double every) {
    ExerciseSignal sig = ExerciseSignals.forExercise(s.exercise(), view);
    BodyScaleEstimator scale = new BodyScaleEstimator();
    OneEuroFilter f = new OneEuroFilter(1.0, 0.5, 1.0);
    PositionClassifier pc = new PositionClassifier();
    var filler = new org.posecoach.motion.filter.PairGapFiller();
    double norm = (sig.nominalRange(true) + sig.nominalRange(false)) / 2;
    double next = 0;
    for (SyntheticFrame fr : s.frames()) {
      double t = fr.timestampNanos() / 1e9;
      if (fr.pose().isEmpty()) continue;
      var pose = filler.apply(fr.pose().get());
      OptionalDouble px = scale.apply(pose);
      if (px.isEmpty()) continue;
      BodyFrame b = new BodyFrame(pose, px.getAsDouble());
      Optional<SignalSample> v = sig.measure(b);
      if (fr.pose().isEmpty()) continue;
      double sm = v.isPresent() ? f.apply(t, v.get().value() / norm) * norm : Double.NaN;
      if (t >= next) {
        next = t + every;
        PositionClassifier.Guess g = pc.classify(b);
        Optional<PostureFeatures> pf = PostureFeatures.of(b);
        System.out.printf(
            "%6.2f raw=%8.3f sm=%8.3f vel=%8.3f vote=%6.3f %s %s %s%n",
            t,
            v.map(SignalSample::value).orElse(Double.NaN),
            sm,
            f.velocity() * norm,
            v.map(SignalSample::sideVote).orElse(Double.NaN),
            g.position(),
            g.view().map(Enum::name).orElse("-"),
            pf.map(
                    p ->
                        String.format(
                            "tilt=%.0f sh=%.2f endOn=%.2f kneeUp=%.2f kneeAnk=%.2f thigh=%.2f wrist=%.2f",
                            p.torsoTiltDeg(),
                            p.shouldersAboveHips(),
                            p.endOnRatio(),
                            p.kneesAboveHips(),
                            p.kneesAboveAnkles(),
                            p.thighLength(),
                            p.lowestWristBelowShoulders()))
                .orElse(""));
      }
    }
  }
}
