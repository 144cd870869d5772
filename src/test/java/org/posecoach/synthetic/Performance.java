package org.posecoach.synthetic;

import java.util.List;
import java.util.Objects;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.KeypointLayout;

/**
 * A scripted performance with its ground truth: the {@link Performer} doing one exercise of the
 * routine, with every knob the tests turn, and what the analyzer must count and report, recorded by
 * a {@link TruthRecorder} as the performer lays the set out.
 *
 * <p>Knobs: body size, camera placement (side left/right at any height and distance, feet, head),
 * mirrored image, frame rate, keypoint layout, tempo and tempo changes, pauses between repetitions,
 * partial, jerky, fast and unheld repetitions, asymmetric sides, fidgeting, getting into and out of
 * position, leaving the position midway, part of the body leaving the image, keypoint noise,
 * dropped frames, lost joints and confidence drops; for cat-camel, nods (the head alone) and
 * repetitions of the back alone. The same seed gives the same stream.
 *
 * <pre>{@code
 * SyntheticStream s = Performance.builder(ExerciseId.CAT_CAMEL, 42)
 *     .camera(CameraSetup.side(false))
 *     .reps(6)
 *     .fast(true)
 *     .build()
 *     .generate();
 * s.truth().total();   // 6, each with a TOO_FAST event expected
 * }</pre>
 */
public final class Performance {

  /** A count may come this long after the repetition's end (smoothing lag, dwell). */
  static final double COUNT_LATENCY_SECONDS = 1.2;

  /** A completed hold may be reported this long after its nominal end (paused by wobbles). */
  static final double HOLD_COUNT_LATENCY_SECONDS = 3.0;

  /** A form event may come this long after the repetition's end. */
  static final double EVENT_LATENCY_SECONDS = 2.0;

  private final Builder b;

  private Performance(Builder b) {
    this.b = b;
  }

  public static Builder builder(ExerciseId exercise, long seed) {
    return new Builder(exercise, seed);
  }

  /** Generates the stream, with the truth recorded as it is performed. */
  public SyntheticStream generate() {
    TruthRecorder truth = new TruthRecorder(b.exercise, b.settings, b.asymmetryWeakSide);
    List<SyntheticFrame> frames = performer(truth).generate();
    return new SyntheticStream(description(), b.settings, frames, truth.build());
  }

  private Performer performer(PerformanceObserver observer) {
    Performer.Builder p =
        Performer.builder(b.exercise, b.seed)
            .layout(b.layout)
            .camera(b.camera)
            .fps(b.fps)
            .noise(b.noise)
            .reps(b.reps)
            .getIn(b.getIn)
            .variations(
                new SetVariations(
                    b.heightM,
                    b.fidgetLevel,
                    b.rom,
                    b.tempoFactor,
                    b.tempoChange,
                    b.maxPauseSeconds,
                    b.partialReps,
                    b.jerkyReps,
                    b.noHoldReps,
                    b.fast,
                    b.shortHold,
                    b.catFirst,
                    b.asymmetryWeakSide,
                    b.asymmetryFactor,
                    b.getOut,
                    b.leaveMidway,
                    b.outOfFrame,
                    b.idleSeconds,
                    b.nodReps,
                    b.backOnlyReps,
                    b.settings))
            .observer(observer);
    if (b.masks != null) {
      p.masks(b.masks);
    }
    return p.build();
  }

  private String description() {
    StringBuilder s = new StringBuilder();
    s.append(b.exercise.id())
        .append(" seed=")
        .append(b.seed)
        .append(' ')
        .append(b.layout)
        .append(" h=")
        .append(b.heightM)
        .append(' ')
        .append(b.camera.placement())
        .append(String.format(" cam=%.2fm/%.1fm", b.camera.heightM(), b.camera.distanceM()))
        .append(b.camera.mirrored() ? " mirrored" : "")
        .append(String.format(" yaw=%.0f", b.camera.matYawDeg()))
        .append(b.camera.shiftM() != 0 ? String.format(" shift=%.2fm", b.camera.shiftM()) : "")
        .append(" fps=")
        .append(b.fps)
        .append(" reps=")
        .append(b.reps)
        .append(String.format(" tempo=%.2fx%.2f", b.tempoFactor, b.tempoChange))
        .append(String.format(" rom=%.2f", b.rom))
        .append(" fidget=")
        .append(b.fidgetLevel)
        .append(" noise=")
        .append(b.noise);
    if (b.idleSeconds > 0) s.append(" idle=").append(b.idleSeconds);
    if (b.fast) s.append(" fast");
    if (b.partialReps > 0) s.append(" partial=").append(b.partialReps);
    if (b.jerkyReps > 0) s.append(" jerky=").append(b.jerkyReps);
    if (b.noHoldReps > 0) s.append(" noHold=").append(b.noHoldReps);
    if (b.shortHold) s.append(" shortHold");
    if (b.nodReps > 0) s.append(" nods=").append(b.nodReps);
    if (b.backOnlyReps > 0) s.append(" backOnly=").append(b.backOnlyReps);
    if (b.masks != null) s.append(b.masks ? " masks" : " noMasks");
    if (b.asymmetryWeakSide != null) s.append(" weak=").append(b.asymmetryWeakSide);
    if (b.getIn) s.append(" getIn");
    if (b.getOut) s.append(" getOut");
    if (b.leaveMidway) s.append(" leaveMidway");
    if (b.outOfFrame) s.append(" outOfFrame");
    if (b.maxPauseSeconds > 0) s.append(String.format(" pauses<=%.1fs", b.maxPauseSeconds));
    return s.toString();
  }

  /** The knobs, with defaults for an ordinary, well-filmed set. */
  public static final class Builder {
    private final ExerciseId exercise;
    private final long seed;
    private KeypointLayout layout = KeypointLayout.BLAZEPOSE_33;
    private double heightM = 1.75;
    private CameraSetup camera;
    private double fps = 30;
    private NoiseSettings noise = NoiseSettings.TYPICAL;
    private double fidgetLevel = 1;
    private double rom = 1.0;
    private int reps = 5;
    private double tempoFactor = 1.0;
    private double tempoChange = 1.0;
    private double maxPauseSeconds = 1.0;
    private int partialReps;
    private int jerkyReps;
    private int noHoldReps;
    private boolean fast;
    private boolean shortHold;
    private boolean catFirst = true;
    private Side asymmetryWeakSide;
    private double asymmetryFactor = 0.55;
    private boolean getIn;
    private boolean getOut;
    private boolean leaveMidway;
    private boolean outOfFrame;
    private double idleSeconds;
    private int nodReps;
    private int backOnlyReps;
    private Boolean masks;
    private ExerciseSettings settings;

    private Builder(ExerciseId exercise, long seed) {
      this.exercise = Objects.requireNonNull(exercise, "exercise");
      this.seed = seed;
      this.camera = CameraSetup.side(true);
    }

    public Builder layout(KeypointLayout layout) {
      this.layout = layout;
      return this;
    }

    /** Standing height in metres (segment proportions vary around the average). */
    public Builder height(double metres) {
      this.heightM = metres;
      return this;
    }

    public Builder camera(CameraSetup camera) {
      this.camera = camera;
      return this;
    }

    /** The camera set so far. */
    public CameraSetup cameraSetup() {
      return camera;
    }

    /** A mirrored ("selfie") image, labels kept as the person's own sides. */
    public Builder mirrored(boolean mirrored) {
      this.camera = Cameras.of(camera).withMirrored(mirrored).setup();
      return this;
    }

    public Builder fps(double fps) {
      this.fps = fps;
      return this;
    }

    public Builder noise(NoiseSettings noise) {
      this.noise = noise;
      return this;
    }

    /** 0 still, 1 ordinary, 2 restless. */
    public Builder fidget(double level) {
      this.fidgetLevel = level;
      return this;
    }

    /** The person's range of motion as a fraction of the textbook range. */
    public Builder rangeOfMotion(double fraction) {
      this.rom = fraction;
      return this;
    }

    /** Full repetitions (per side for sided exercises; holds for the glute stretch). */
    public Builder reps(int reps) {
      this.reps = reps;
      return this;
    }

    /** Repetition durations relative to the ordinary tempo (above 1 slower). */
    public Builder tempo(double factor) {
      this.tempoFactor = factor;
      return this;
    }

    /** The second half of the set at this factor of the first half's tempo. */
    public Builder tempoChange(double factor) {
      this.tempoChange = factor;
      return this;
    }

    /** Rests between repetitions, up to this long. */
    public Builder pauses(double maxSeconds) {
      this.maxPauseSeconds = maxSeconds;
      return this;
    }

    /** Extra partial repetitions (38 % of range), after calibration. */
    public Builder partialReps(int n) {
      this.partialReps = n;
      return this;
    }

    /** Repetitions done in jerks (stop-and-go), replacing ordinary ones. */
    public Builder jerkyReps(int n) {
      this.jerkyReps = n;
      return this;
    }

    /** Repetitions without the end hold (knees to chest), replacing ordinary ones. */
    public Builder noHoldReps(int n) {
      this.noHoldReps = n;
      return this;
    }

    /** Every repetition well under the tempo bound. */
    public Builder fast(boolean fast) {
      this.fast = fast;
      return this;
    }

    /** Glute stretch: the first hold is released early, then done again in full. */
    public Builder shortHold(boolean shortHold) {
      this.shortHold = shortHold;
      return this;
    }

    /**
     * Cat-camel: one run of this many extra cycles in which only the head moves (the neck through
     * its cat and camel angles, the back kept still). They are not counted; one {@link
     * FormIssue#HEAD_ONLY} cue is expected for the run, from its start to {@value
     * Performance#EVENT_LATENCY_SECONDS} s after its end (a run cut by leaving or by the
     * out-of-frame span expects one for each part).
     */
    public Builder nodReps(int n) {
      this.nodReps = n;
      return this;
    }

    /**
     * Cat-camel: cycles in which only the back moves (the head kept in line with the torso),
     * replacing ordinary ones; they are counted as usual.
     */
    public Builder backOnlyReps(int n) {
      this.backOnlyReps = n;
      return this;
    }

    /**
     * Whether the poses carry the person's mask. By default cat-camel's do (its back is read from
     * the mask), as do those of an exercise whose signal reads one; others don't (masks cost time).
     */
    public Builder masks(boolean masks) {
      this.masks = masks;
      return this;
    }

    /** Cat-camel: whether each cycle starts with the cat (else the camel). */
    public Builder catFirst(boolean catFirst) {
      this.catFirst = catFirst;
      return this;
    }

    /** One side reaches only {@code factor} of the other's range (in the coach's signal). */
    public Builder asymmetry(Side weakSide, double factor) {
      this.asymmetryWeakSide = weakSide;
      this.asymmetryFactor = factor;
      return this;
    }

    /** Starts standing and gets into the start position first. */
    public Builder getIn(boolean getIn) {
      this.getIn = getIn;
      return this;
    }

    /** Gets up and stands at the end. */
    public Builder getOut(boolean getOut) {
      this.getOut = getOut;
      return this;
    }

    /** Gets up halfway through the set and comes back. */
    public Builder leaveMidway(boolean leave) {
      this.leaveMidway = leave;
      return this;
    }

    /** The needed body part leaves the image for 3 s a third of the way through. */
    public Builder outOfFrame(boolean out) {
      this.outOfFrame = out;
      return this;
    }

    /** No repetitions: holds the start position (fidgeting) for this long. */
    public Builder idle(double seconds) {
      this.idleSeconds = seconds;
      return this;
    }

    /** The settings the analyzer will use (targets, bounds); defaults to the routine's. */
    public Builder settings(ExerciseSettings settings) {
      this.settings = settings;
      return this;
    }

    public Performance build() {
      if (settings == null) {
        settings =
            ExerciseSettings.builder(exercise)
                .targetReps(Math.max(1, idleSeconds > 0 ? 1 : reps))
                .build();
      }
      Performance performance = new Performance(this);
      performance.performer(PerformanceObserver.NONE); // checks the knobs now
      return performance;
    }
  }
}
