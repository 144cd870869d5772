package org.posecoach.ui.coach;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.Severity;

/** The form cue under the video ("Slow down"), coloured by its severity. */
public final class CueViewModel {
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);

  /** The analyzer's cue now, if it has one. */
  void show(Optional<Cue> cue) {
    visible.set(cue.isPresent());
    cue.ifPresent(
        c -> {
          text.set(c.text());
          severity.set(c.severity());
        });
  }

  void hide() {
    visible.set(false);
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Severity> severityProperty() {
    return severity.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }
}
