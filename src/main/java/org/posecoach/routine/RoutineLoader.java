package org.posecoach.routine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a routine file ({@code routines/README.md} documents the format) into a {@link Routine}.
 *
 * <p>In: the file's bytes, which must be UTF-8 YAML. Out: a routine whose every value is within
 * {@link RoutineLimits}, with {@link RoutineDefaults} filled in. Any problem, whatever the input,
 * is a {@link RoutineException} whose message reads {@code file:line:column: what is wrong} and how
 * to fix it; no other exception escapes for bad content.
 *
 * <pre>{@code
 * try {
 *   Routine routine = RoutineLoader.load(Path.of("routines/morning-low-back.yaml"));
 * } catch (RoutineException e) {
 *   System.err.println(e.getMessage());
 *   // routines/mine.yaml:12:12: step 3 (cat_camel): `reps` must be from 1 to 100, but it is '0'
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RoutineLoader {
  private RoutineLoader() {}

  /**
   * Loads the routine in {@code file}; messages name the file as given.
   *
   * @throws RoutineException when the file cannot be read or is not a valid routine
   */
  public static Routine load(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new RoutineException(name, "this is a folder, not a routine file", null);
      }
      long size = Files.size(file);
      if (size > RoutineLimits.MAX_FILE_BYTES) {
        throw RoutineText.tooLarge(size, name);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RoutineException(name, "no such file; check the file's name and folder", e);
    } catch (AccessDeniedException e) {
      throw new RoutineException(name, "cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new RoutineException(name, "cannot be read: " + e.getMessage(), e);
    }
    return load(bytes, name);
  }

  /**
   * Loads a routine from the text of a file.
   *
   * @param name how messages name the text, e.g. its file name
   * @throws RoutineException when the text is not a valid routine
   */
  public static Routine load(String text, String name) {
    RoutineText.checkCharacters(text, name);
    return read(text, name);
  }

  /**
   * Loads a routine from a file's bytes (UTF-8, optionally with a byte order mark).
   *
   * @param name how messages name the bytes, e.g. the file or resource name
   * @throws RoutineException when the bytes are not a valid routine
   */
  public static Routine load(byte[] bytes, String name) {
    return read(RoutineText.decode(bytes, name), name);
  }

  private static Routine read(String text, String name) {
    if (text.length() > RoutineLimits.MAX_FILE_BYTES) {
      throw RoutineText.tooLarge(text.length(), name);
    }
    return RoutineReader.read(YamlDocument.compose(text, name), name);
  }
}
