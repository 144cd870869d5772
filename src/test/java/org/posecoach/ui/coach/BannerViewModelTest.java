package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BannerViewModelTest {
  private final BannerViewModel banner = new BannerViewModel();

  @Test
  void aBannerStaysForItsTimeFromTheNextFrame() {
    banner.tick(10);
    assertFalse(banner.visibleProperty().get());
    banner.show("Cat-camel done: 20 of 20", 10);
    assertFalse(banner.visibleProperty().get(), "shown on the next frame");
    banner.tick(10);
    assertTrue(banner.visibleProperty().get());
    assertEquals("Cat-camel done: 20 of 20", banner.textProperty().get());
    banner.tick(10 + BannerViewModel.BANNER_SECONDS - 0.01);
    assertTrue(banner.visibleProperty().get());
    banner.tick(10 + BannerViewModel.BANNER_SECONDS);
    assertFalse(banner.visibleProperty().get());
  }

  @Test
  void theSessionsEndStays() {
    banner.show("Cat-camel done: 20 of 20", 10);
    banner.showForGood("Session ended");
    banner.tick(1e6);
    assertTrue(banner.visibleProperty().get());
    assertEquals("Session ended", banner.textProperty().get());
  }
}
