package org.posecoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PersonMaskTest {

  private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0};

  @Test
  void masksWithTheSameGridAndMapAreEqual() {
    float[] p = {0, 0.5f, 1, 0.25f};
    PersonMask a = PersonMask.of(2, p, IDENTITY);
    PersonMask b = PersonMask.of(2, p.clone(), IDENTITY.clone());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, PersonMask.of(2, new float[] {0, 0.5f, 1, 0.3f}, IDENTITY));
    assertNotEquals(a, PersonMask.of(2, p, new double[] {-1, 0, 1, 0, 1, 0}));
  }
}
