package org.posecoach.cli;

import org.posecoach.motion.vocabulary.ExerciseId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --exercise ID} as an {@link ExerciseId}; an unknown id is a command-line error that
 * lists the ids, said before anything is opened or read.
 */
final class ExerciseIdConverter implements ITypeConverter<ExerciseId> {
  @Override
  public ExerciseId convert(String value) {
    try {
      return ExerciseId.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown exercise '"
              + value
              + "'; the exercises are "
              + String.join(", ", ExerciseId.ids()));
    }
  }
}
