package org.posecoach.models.convert;

/**
 * A model that cannot be converted; the message names the op and node at fault, for whoever works
 * on the converter. Not a {@code PoseCoachException} on purpose: the converter knows graphs, not
 * the user's model ids, so {@code ModelStore} wraps it in a {@code ModelException} that names the
 * model before it reaches the user.
 */
public class ConversionException extends RuntimeException {

  public ConversionException(String message) {
    super(message);
  }

  public ConversionException(String message, Throwable cause) {
    super(message, cause);
  }
}
