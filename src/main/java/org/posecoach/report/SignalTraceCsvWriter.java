package org.posecoach.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.posecoach.motion.SignalTrace;
import org.posecoach.source.SourceException;

/**
 * Writes the exercise signal of every counted frame as CSV ({@code analyze --trace}), to plot why a
 * repetition did or did not count: {@code t_s, view, signal, raw, smoothed, start}, then the levels
 * the movement is compared with, in the signal's units — {@code enter_high} and {@code exit_high}
 * above the start value, {@code exit_low} and {@code enter_low} below it (a repetition reaches its
 * end past an enter level and is back once inside the exit levels) — and {@code phase} ({@code
 * rest, outward, at_end, returning}). The start value and the levels are empty until the start
 * value is learnt. Frames the coach did not count (nobody there, not yet in position) have no row.
 */
public final class SignalTraceCsvWriter implements SignalTrace.Listener, AutoCloseable {
  private static final String HEADER =
      "t_s,view,signal,raw,smoothed,start,enter_high,exit_high,exit_low,enter_low,phase";

  private final BufferedWriter out;

  public SignalTraceCsvWriter(Path file) {
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      out.write(HEADER);
      out.newLine();
    } catch (IOException e) {
      throw new SourceException("Cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void onSample(SignalTrace t) {
    double start = t.startValue();
    String row =
        String.join(
            ",",
            format(t.timeSeconds()),
            t.view().name().toLowerCase(Locale.ROOT),
            t.signal(),
            format(t.raw()),
            format(t.smoothed()),
            format(start),
            format(start + t.positive().enter()),
            format(start + t.positive().exit()),
            format(start - t.negative().exit()),
            format(start - t.negative().enter()),
            t.phase().name().toLowerCase(Locale.ROOT));
    try {
      out.write(row);
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the signal trace: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the signal trace: " + e.getMessage(), e);
    }
  }

  /** Four decimals; empty for a value not known yet (NaN). */
  private static String format(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
  }
}
