package org.posecoach.models.convert;

/** A model that cannot be converted; the message names the op and node at fault. */
public class ConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConversionException(String message) {
    super(message);
  }

  public ConversionException(String message, Throwable cause) {
    super(message, cause);
  }
}
