package org.posecoach.speech;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * eSpeak NG as a process: {@code espeak-ng -v en -s RATE --stdout TEXT} writes a WAV, read into a
 * clip. Offline, a few megabytes, tens of milliseconds a phrase; robotic but clear, which suits
 * counting. One process per phrase keeps it simple; the phrases are rendered ahead (see {@link
 * ClipLibrary}), so the start-up of each process never reaches the user.
 *
 * <pre>{@code
 * EspeakSynthesizer.unavailableReason().ifPresent(System.out::println); // not installed?
 * SpeechClip clip = new EspeakSynthesizer().synthesize("left, two");
 * }</pre>
 */
public final class EspeakSynthesizer implements Synthesizer {
  /** The program looked up on the PATH. */
  public static final String PROGRAM = "espeak-ng";

  /**
   * Words per minute: eSpeak's default is 175; 140 is the unhurried pace of a therapist counting.
   */
  public static final int DEFAULT_WORDS_PER_MINUTE = 140;

  /** The rate eSpeak NG's voices speak at. */
  public static final int SAMPLE_RATE_HZ = 22_050;

  /** A phrase takes tens of milliseconds; a stuck process must not hold the voice forever. */
  private static final long TIMEOUT_SECONDS = 10;

  /**
   * Phrases are rendered while the pose model runs on the same cores: at the lowest CPU priority
   * (where {@code nice} exists) a phrase waits a few milliseconds longer instead of a frame.
   */
  private static final List<String> LOW_PRIORITY =
      onPath("nice") ? List.of("nice", "-n", "19") : List.of();

  private final int wordsPerMinute;

  public EspeakSynthesizer() {
    this(DEFAULT_WORDS_PER_MINUTE);
  }

  public EspeakSynthesizer(int wordsPerMinute) {
    if (wordsPerMinute < 80 || wordsPerMinute > 450) {
      throw new IllegalArgumentException("eSpeak speaks 80 to 450 words a minute");
    }
    this.wordsPerMinute = wordsPerMinute;
  }

  /**
   * Why the voice cannot be had on this machine, as one line for the user; empty when eSpeak NG
   * runs.
   */
  public static Optional<String> unavailableReason() {
    try {
      Process p = new ProcessBuilder(PROGRAM, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return Optional.empty();
      }
      return Optional.of("Voice off: espeak-ng does not run (it exited with an error)");
    } catch (IOException e) {
      return Optional.of("Voice off: espeak-ng is not installed — sudo apt install espeak-ng");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("Voice off: interrupted while looking for espeak-ng");
    }
  }

  @Override
  public SpeechClip synthesize(String text) {
    // "--" ends the options, so a phrase is never read as one.
    List<String> command = new ArrayList<>(LOW_PRIORITY);
    command.addAll(
        List.of(
            PROGRAM, "-v", "en", "-s", Integer.toString(wordsPerMinute), "--stdout", "--", text));
    try {
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] wav = readAll(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new SpeechException("espeak-ng took too long to say '" + text + "'");
      }
      if (p.exitValue() != 0) {
        throw new SpeechException("espeak-ng failed to say '" + text + "'");
      }
      return WavReader.read(text, wav);
    } catch (IOException e) {
      throw new SpeechException(
          "Voice off: espeak-ng is not installed — sudo apt install espeak-ng", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpeechException("interrupted while saying '" + text + "'", e);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in;
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
      in.transferTo(out);
      return out.toByteArray();
    }
  }
}
