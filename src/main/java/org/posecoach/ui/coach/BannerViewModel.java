package org.posecoach.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The banner over the video: "Cat-camel done: 20 of 20" for a while, or the session's end. */
public final class BannerViewModel {
  /** "Step done" banners stay this long: read at a glance from the mat. */
  static final double BANNER_SECONDS = 3.0;

  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
  private double shownUntil = Double.NEGATIVE_INFINITY;

  /** Shows {@code message} from the next {@link #tick} for {@link #BANNER_SECONDS}. */
  void show(String message, double nowSeconds) {
    text.set(message);
    shownUntil = nowSeconds + BANNER_SECONDS;
  }

  /** Shows {@code message} from the next {@link #tick} on, for good. */
  void showForGood(String message) {
    text.set(message);
    shownUntil = Double.POSITIVE_INFINITY;
  }

  /** Once a frame: shown while its time lasts. */
  void tick(double nowSeconds) {
    visible.set(nowSeconds < shownUntil);
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }
}
