package org.posecoach.synthetic;

/**
 * A camera set up for a test: a {@link CameraSetup} changed one setting at a time.
 *
 * <pre>{@code
 * CameraSetup low = Cameras.side(true).withHeight(0.12).withMatYaw(10).setup();
 * }</pre>
 */
public final class Cameras {
  private final CameraSetup s;

  private Cameras(CameraSetup setup) {
    this.s = setup;
  }

  public static Cameras of(CameraSetup setup) {
    return new Cameras(setup);
  }

  /** {@link CameraSetup#side(boolean)}. */
  public static Cameras side(boolean onPersonsLeft) {
    return of(CameraSetup.side(onPersonsLeft));
  }

  /** At the feet, 0.4 m high, 1.2 m beyond them. */
  public static Cameras feet() {
    return of(new CameraSetup(CameraSetup.Placement.FEET, 0.4, 1.2, 60, 640, 480, false, 0, 0));
  }

  public CameraSetup setup() {
    return s;
  }

  public Cameras withHeight(double metres) {
    return of(
        new CameraSetup(
            s.placement(),
            metres,
            s.distanceM(),
            s.hfovDeg(),
            s.width(),
            s.height(),
            s.mirrored(),
            s.matYawDeg(),
            s.shiftM()));
  }

  public Cameras withDistance(double metres) {
    return of(
        new CameraSetup(
            s.placement(),
            s.heightM(),
            metres,
            s.hfovDeg(),
            s.width(),
            s.height(),
            s.mirrored(),
            s.matYawDeg(),
            s.shiftM()));
  }

  public Cameras withMirrored(boolean mirrored) {
    return of(
        new CameraSetup(
            s.placement(),
            s.heightM(),
            s.distanceM(),
            s.hfovDeg(),
            s.width(),
            s.height(),
            mirrored,
            s.matYawDeg(),
            s.shiftM()));
  }

  public Cameras withMatYaw(double degrees) {
    return of(
        new CameraSetup(
            s.placement(),
            s.heightM(),
            s.distanceM(),
            s.hfovDeg(),
            s.width(),
            s.height(),
            s.mirrored(),
            degrees,
            s.shiftM()));
  }

  /**
   * The camera moved {@code metres} along the mat (towards the head when positive), still square to
   * it: the person appears off-centre, towards the image's feet side.
   */
  public Cameras withShift(double metres) {
    return of(
        new CameraSetup(
            s.placement(),
            s.heightM(),
            s.distanceM(),
            s.hfovDeg(),
            s.width(),
            s.height(),
            s.mirrored(),
            s.matYawDeg(),
            metres));
  }
}
