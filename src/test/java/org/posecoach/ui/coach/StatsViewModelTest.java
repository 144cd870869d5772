package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsViewModelTest {
  private final StatsViewModel stats = new StatsViewModel();

  @Test
  void theCornerShowsRatesAndLatencyADashBeforeTheFirstPose() {
    stats.show(LiveStats.NONE, 0);
    assertEquals("video 0 fps · pose 0 fps · –", stats.textProperty().get());
  }

  @Test
  void theCornerChangesFourTimesASecond() {
    stats.show(new LiveStats(30, 24, 42.4), 1.0);
    assertEquals("video 30 fps · pose 24 fps · 42 ms", stats.textProperty().get());
    stats.show(new LiveStats(29, 23, 50), 1.0 + StatsViewModel.STATS_PERIOD_SECONDS - 0.01);
    assertEquals("video 30 fps · pose 24 fps · 42 ms", stats.textProperty().get(), "too soon");
    stats.show(new LiveStats(29, 23, 50), 1.0 + StatsViewModel.STATS_PERIOD_SECONDS);
    assertEquals("video 29 fps · pose 23 fps · 50 ms", stats.textProperty().get());
  }
}
