package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.speech.EspeakSynthesizer;
import org.posecoach.testing.SharedData;

/**
 * {@code analyze --out} speaks: the annotated video's audio track has at least one spoken segment
 * per counted rep. The clip (four rendered cat-camels, tight frame) is used to tune nothing.
 * Segments are found as FFmpeg's {@code silencedetect=n=-35dB:d=0.2} finds them: sound above -35
 * dBFS, apart when more than 0.2 s of silence lies between.
 */
class AnalyzeVoiceTest {
  private static final double SILENCE_DBFS = -35;
  private static final double MIN_SILENCE_SECONDS = 0.2;

  /** RMS windows of 10 ms: finer than the 0.2 s of silence that separates segments. */
  private static final double WINDOW_SECONDS = 0.01;

  @TempDir Path dir;

  @Test
  void theAnnotatedVideoSaysEveryCountedRep() throws Exception {
    Optional<String> missing = EspeakSynthesizer.unavailableReason();
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElse(""));
    Path clip = SharedData.require("rendered/cat_camel_tightframe_leftside_4reps.mp4");
    Path out = dir.resolve("annotated.mp4");
    Path json = dir.resolve("report.json");
    CliRun r =
        CliRun.of(
            "analyze",
            clip.toString(),
            "--exercise",
            "cat_camel",
            "--out",
            out.toString(),
            "--json",
            json.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    int reps = 0;
    for (JsonNode step : report.get("steps")) {
      reps += step.get("reps").asInt();
    }
    assertTrue(reps >= 1, "the clip's reps were counted");
    List<double[]> segments = spokenSegments(out);
    assertTrue(
        segments.size() >= reps,
        segments.size() + " spoken segments for " + reps + " counted reps");
  }

  /** [start, end] seconds of each stretch of sound in the file's audio track. */
  static List<double[]> spokenSegments(Path video) throws Exception {
    List<double[]> segments = new ArrayList<>();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
      grabber.setSampleFormat(org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16);
      grabber.start();
      assertTrue(grabber.getAudioChannels() == 1, "a mono audio track");
      int rate = grabber.getSampleRate();
      int window = (int) (rate * WINDOW_SECONDS);
      double threshold = Short.MAX_VALUE * Math.pow(10, SILENCE_DBFS / 20);
      double sumSquares = 0;
      int inWindow = 0;
      long windows = 0;
      double soundStart = -1;
      double lastSound = -1;
      for (Frame f; (f = grabber.grabSamples()) != null; ) {
        ShortBuffer s = (ShortBuffer) f.samples[0];
        while (s.hasRemaining()) {
          double v = s.get();
          sumSquares += v * v;
          if (++inWindow == window) {
            double t = windows++ * WINDOW_SECONDS;
            if (Math.sqrt(sumSquares / window) > threshold) {
              if (soundStart < 0 || t - lastSound > MIN_SILENCE_SECONDS) {
                if (soundStart >= 0) {
                  segments.add(new double[] {soundStart, lastSound});
                }
                soundStart = t;
              }
              lastSound = t + WINDOW_SECONDS;
            }
            sumSquares = 0;
            inWindow = 0;
          }
        }
      }
      if (soundStart >= 0) {
        segments.add(new double[] {soundStart, lastSound});
      }
    }
    return segments;
  }
}
