package org.posecoach.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelImageSizeTest {
  @ParameterizedTest(name = "{0}×{1} → {2}×{3}")
  @CsvSource({
    "1920, 1080, 960, 540",
    "3840, 2160, 960, 540",
    "1080, 1920, 540, 960",
    "1920, 1440, 960, 720",
    "1440, 1080, 960, 720",
    "1281, 721, 960, 540",
    "1280, 720, 1280, 720",
    "720, 1280, 720, 1280",
    "1000, 1000, 1000, 1000",
    "960, 540, 960, 540",
    "640, 480, 640, 480",
    "160, 120, 160, 120",
  })
  void framesBeyond720pShrinkToTheLongSideAndSmallerOnesStayAsTheyAre(
      int width, int height, int expectedWidth, int expectedHeight) {
    ModelImageSize size = ModelImageSize.of(width, height);
    assertEquals(new ModelImageSize(expectedWidth, expectedHeight), size);
    assertEquals(expectedWidth != width || expectedHeight != height, size.shrinks(width, height));
  }

  @ParameterizedTest
  @CsvSource({"0, 480", "640, 0", "-1, 10"})
  void anEmptyFrameHasNoSize(int width, int height) {
    assertThrows(IllegalArgumentException.class, () -> ModelImageSize.of(width, height));
  }
}
