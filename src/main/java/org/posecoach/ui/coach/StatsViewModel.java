package org.posecoach.ui.coach;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The numbers in the video's corner: "video 30 fps · pose 24 fps · 42 ms". */
public final class StatsViewModel {
  /** The numbers change four times a second: readable, and no relayout every frame. */
  static final double STATS_PERIOD_SECONDS = 0.25;

  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private double shownAtSeconds = Double.NEGATIVE_INFINITY;

  /** Shows {@code stats} unless the corner changed less than a period ago. */
  void show(LiveStats stats, double nowSeconds) {
    if (nowSeconds - shownAtSeconds < STATS_PERIOD_SECONDS) {
      return;
    }
    shownAtSeconds = nowSeconds;
    String latency =
        Double.isNaN(stats.latencyMs())
            ? "–"
            : String.format(Locale.ROOT, "%.0f ms", stats.latencyMs());
    text.set(
        String.format(
            Locale.ROOT,
            "video %.0f fps · pose %.0f fps · %s",
            stats.videoFps(),
            stats.poseFps(),
            latency));
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }
}
