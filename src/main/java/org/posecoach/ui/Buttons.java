package org.posecoach.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** The app's buttons: never narrower than their words, so a crowded row wraps text, not labels. */
public final class Buttons {
  private Buttons() {}

  /**
   * A button saying {@code text} that runs {@code action}.
   *
   * @param styleClasses the theme's button styles, e.g. {@code primary} or {@code small}
   */
  public static Button of(String text, Runnable action, String... styleClasses) {
    Button button = new Button(text);
    button.getStyleClass().addAll(styleClasses);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }
}
