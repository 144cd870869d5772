package org.posecoach.synthetic;

import static org.posecoach.pose.Joint.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.posecoach.pose.Joint;
import org.posecoach.pose.PersonMask;

/**
 * The person's mask as a pose model's segmentation reports it, drawn from a skeleton seen through
 * the camera.
 *
 * <p>The body is made of round solids sized for a 1.75 m person and scaled with the body: the torso
 * a thick tube following the spine from the pelvis through {@link Skeleton#spineMiddle()} to the
 * shoulders (a quadratic curve, so a rounded or dipped back shows in the outline); the neck, upper
 * and lower arms, hands, thighs, shins and feet tapered capsules; the head a ball. Each is
 * projected through the camera (a radius of r metres at depth z covers r × focal / z pixels) and
 * rasterised into a square grid of {@value #GRID_CELLS} × {@value #GRID_CELLS} cells covering the
 * body's bounding box with a margin, the probability ramping from 1 to 0 over {@value #EDGE_CELLS}
 * cells across each outline, as a segmentation's soft edge does. Only cells near a part are
 * visited. Cells outside the image stay empty: a model sees only the image.
 *
 * <pre>{@code
 * SilhouetteRenderer silhouette = new SilhouetteRenderer(camera, dims);
 * Optional<PersonMask> mask = silhouette.render(skeleton);   // clean outline
 * pose = pose.withMask(mask.orElseThrow());
 * }</pre>
 *
 * <p>A stream's masks take an {@link EdgeNoise} so that outlines wobble from frame to frame. Not
 * thread-safe (it reuses one grid buffer): one renderer per stream.
 */
final class SilhouetteRenderer {

  /**
   * Grid cells across: 96 over the body's box gives about 28 cells per torso length on hands and
   * knees seen from the side, about what BlazePose's 256-cell mask gives over its crop (some twice
   * the body's size). A stream keeps a mask with every frame, so each cell counts: 9 KB a frame.
   */
  static final int GRID_CELLS = 96;

  /** The grid covers the body's bounding box plus this fraction of its longer side on each side. */
  private static final double MARGIN_FRACTION = 0.08;

  /** The probability ramps from 1 inside to 0 outside over this many cells across an outline. */
  static final double EDGE_CELLS = 1.5;

  // Body sizes at 1.75 m, metres (adult averages: chest depth about 0.22 m, chest breadth about
  // 0.32 m, neck girth 0.37 m, upper-arm girth 0.31 m, thigh girth 0.55 m, head breadth 0.155 m
  // and length 0.19 m).

  /**
   * One of the tubes that make up the torso, following the spine: this far to the side (towards the
   * body's left; negative to the right) at the pelvis, at the waist (the spine's middle) and at the
   * shoulders, this far lower (towards the belly), with these radii at the pelvis and at the
   * shoulders.
   */
  private record TorsoTube(
      double sideHipsM,
      double sideWaistM,
      double sideShouldersM,
      double dropM,
      double radiusHipsM,
      double radiusShouldersM) {}

  /**
   * A thick central tube gives the back its round top and the torso its depth (0.22 m); two thinner
   * ones, a little lower, its width (hips 0.34 m, waist 0.29 m, shoulders 0.42 m across). Seen
   * obliquely the top of the outline is still the central tube's, as the apex of a real torso's
   * rounded cross-section is: a flat-topped torso would show its far edge there instead.
   */
  private static final List<TorsoTube> TORSO =
      List.of(
          new TorsoTube(0, 0, 0, 0, 0.11, 0.10),
          new TorsoTube(0.08, 0.06, 0.13, 0.02, 0.09, 0.08),
          new TorsoTube(-0.08, -0.06, -0.13, 0.02, 0.09, 0.08));

  private static final double NECK_RADIUS_M = 0.058;
  private static final double HEAD_RADIUS_M = 0.092;

  /** The head ball's centre lies this far from the ears towards the nose. */
  private static final double HEAD_CENTRE_FORWARD_M = 0.025;

  /** The limbs: from joint, to joint, radius at each end (metres at 1.75 m). */
  private record Limb(Joint from, Joint to, double fromRadiusM, double toRadiusM) {}

  private static final List<Limb> LIMBS =
      List.of(
          new Limb(LEFT_SHOULDER, LEFT_ELBOW, 0.045, 0.04),
          new Limb(RIGHT_SHOULDER, RIGHT_ELBOW, 0.045, 0.04),
          new Limb(LEFT_ELBOW, LEFT_WRIST, 0.04, 0.028),
          new Limb(RIGHT_ELBOW, RIGHT_WRIST, 0.04, 0.028),
          new Limb(LEFT_WRIST, LEFT_INDEX, 0.03, 0.022),
          new Limb(RIGHT_WRIST, RIGHT_INDEX, 0.03, 0.022),
          new Limb(LEFT_HIP, LEFT_KNEE, 0.075, 0.055),
          new Limb(RIGHT_HIP, RIGHT_KNEE, 0.075, 0.055),
          new Limb(LEFT_KNEE, LEFT_ANKLE, 0.055, 0.035),
          new Limb(RIGHT_KNEE, RIGHT_ANKLE, 0.055, 0.035),
          new Limb(LEFT_HEEL, LEFT_FOOT_INDEX, 0.035, 0.025),
          new Limb(RIGHT_HEEL, RIGHT_FOOT_INDEX, 0.035, 0.025));

  /** Parts with their own edge wobble: the limbs, the torso's tubes, neck and head. */
  private static final int PARTS = LIMBS.size() + TORSO.size() + 2;

  /** Joints that place the head and neck. */
  private static final Set<Joint> HEAD_JOINTS = Set.of(NOSE, LEFT_EAR, RIGHT_EAR);

  /** Points behind or at the lens are not drawn. */
  private static final double MIN_DEPTH_M = 0.05;

  /**
   * How a segmentation's outline wobbles: each part's edge moves by {@code jitter} torso lengths
   * (one standard deviation), correlated from frame to frame like keypoint jitter, and each cell's
   * edge by up to half that again, independently. Deterministic for a given random source.
   */
  static final class EdgeNoise {
    /** Wobble correlation from frame to frame at 30 fps, as for keypoints. */
    private static final double CORRELATION_AT_30_FPS = 0.6;

    /** Each cell's own roughness, as a fraction of the parts' wobble. */
    private static final double ROUGHNESS_PER_WOBBLE = 0.5;

    private final double jitterTorso;
    private final double rho;
    private final Random random;
    private final double[] wobble = new double[PARTS];
    private long frameKey;

    /**
     * @param jitterTorso one standard deviation of the outline's wobble, torso lengths (0: clean)
     * @param fps frames per second (sets the correlation)
     * @param random the noise's own random numbers
     */
    EdgeNoise(double jitterTorso, double fps, Random random) {
      this.jitterTorso = jitterTorso;
      this.rho = Math.pow(CORRELATION_AT_30_FPS, 30.0 / fps);
      this.random = random;
    }

    /** Moves on to the next frame. */
    void advance() {
      if (jitterTorso <= 0) {
        return;
      }
      double fresh = Math.sqrt(1 - rho * rho);
      for (int i = 0; i < PARTS; i++) {
        wobble[i] = rho * wobble[i] + fresh * random.nextGaussian();
      }
      frameKey = random.nextLong();
    }

    boolean isClean() {
      return jitterTorso <= 0;
    }

    /** A cell's roughness in [-1, 1], from its place and the frame (a mixing hash). */
    private double roughness(int column, int row) {
      long z = frameKey + column * 0x9E3779B97F4A7C15L + row * 0xC2B2AE3D27D4EB4FL;
      z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
      z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
      z ^= z >>> 33;
      return (z >>> 11) * 0x1.0p-53 * 2 - 1;
    }
  }

  /** No noise: clean outlines. */
  static final EdgeNoise CLEAN = new EdgeNoise(0, 30, new Random(0));

  /**
   * One projected part, in image pixels: a tapered band from end a to end b whose centre line bows
   * by {@code bow} pixels (square to a→b, at the middle, along a parabola), with round caps; a
   * capsule when bow is 0, a disc when a = b.
   *
   * @param depth the part's mean depth, metres
   * @param part the part's index, for its edge wobble
   */
  private record Shape(
      double ax,
      double ay,
      double ar,
      double bx,
      double by,
      double br,
      double bow,
      double depth,
      int part) {}

  private final Camera camera;
  private final double scale;
  private final double torsoM;
  private final float[] grid = new float[GRID_CELLS * GRID_CELLS];

  SilhouetteRenderer(Camera camera, BodyDimensions dims) {
    this.camera = camera;
    this.scale = dims.scale();
    this.torsoM = dims.torso();
  }

  /** The clean mask of {@code s}, or empty when no part of the body is in front of the camera. */
  Optional<PersonMask> render(Skeleton s) {
    return render(s, Set.of(), CLEAN);
  }

  /**
   * The mask of {@code s}.
   *
   * @param hidden joints out of the picture: parts placed by them are left out
   * @param noise the stream's edge noise, advanced by the caller once per frame
   * @return the mask, or empty when no part of the body is in front of the camera
   */
  Optional<PersonMask> render(Skeleton s, Set<Joint> hidden, EdgeNoise noise) {
    List<Shape> shapes = shapes(s, hidden);
    if (shapes.isEmpty()) {
      return Optional.empty();
    }
    // The square grid over the parts' bounding box.
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Shape sh : shapes) {
      double bow = Math.abs(sh.bow());
      minX = Math.min(minX, Math.min(sh.ax() - sh.ar(), sh.bx() - sh.br()) - bow);
      minY = Math.min(minY, Math.min(sh.ay() - sh.ar(), sh.by() - sh.br()) - bow);
      maxX = Math.max(maxX, Math.max(sh.ax() + sh.ar(), sh.bx() + sh.br()) + bow);
      maxY = Math.max(maxY, Math.max(sh.ay() + sh.ar(), sh.by() + sh.br()) + bow);
    }
    double side = Math.max(maxX - minX, maxY - minY) * (1 + 2 * MARGIN_FRACTION);
    double cell = side / GRID_CELLS;
    double x0 = (minX + maxX - side) / 2;
    double y0 = (minY + maxY - side) / 2;
    // Cell (c, r) has its centre at image (x0 + (c + 0.5) cell, y0 + (r + 0.5) cell).
    double[] imageToGrid = {1 / cell, 0, -x0 / cell - 0.5, 0, 1 / cell, -y0 / cell - 0.5};
    CameraSetup setup = camera.setup();
    Window image =
        new Window(
            Math.max(0, (int) Math.ceil(-x0 / cell - 0.5)),
            Math.min(GRID_CELLS - 1, (int) Math.floor((setup.width() - x0) / cell - 0.5)),
            Math.max(0, (int) Math.ceil(-y0 / cell - 0.5)),
            Math.min(GRID_CELLS - 1, (int) Math.floor((setup.height() - y0) / cell - 0.5)));
    Arrays.fill(grid, 0);
    if (image.isEmpty()) {
      return Optional.of(PersonMask.of(GRID_CELLS, grid, imageToGrid));
    }
    for (Shape sh : shapes) {
      // The wobble is a length on the body (torso lengths), so it shrinks with the part's depth.
      double sigmaCells = noise.jitterTorso * torsoM * camera.focalPx() / sh.depth() / cell;
      double wobble = noise.isClean() ? 0 : noise.wobble[sh.part()] * sigmaCells;
      double rough = noise.isClean() ? 0 : EdgeNoise.ROUGHNESS_PER_WOBBLE * sigmaCells;
      draw(sh, x0, y0, cell, image, wobble, rough, noise);
    }
    return Optional.of(PersonMask.of(GRID_CELLS, grid, imageToGrid));
  }

  /** Cells whose centres lie inside the image: columns and rows, inclusive. */
  private record Window(int c0, int c1, int r0, int r1) {
    boolean isEmpty() {
      return c0 > c1 || r0 > r1;
    }
  }

  /** The body's parts, projected; parts behind the camera or placed by hidden joints left out. */
  private List<Shape> shapes(Skeleton s, Set<Joint> hidden) {
    List<Shape> out = new ArrayList<>(PARTS + 2);
    for (int i = 0; i < LIMBS.size(); i++) {
      Limb limb = LIMBS.get(i);
      if (hidden.contains(limb.from()) || hidden.contains(limb.to())) {
        continue;
      }
      tube(
              s.get(limb.from()),
              s.get(limb.to()),
              null,
              limb.fromRadiusM() * scale,
              limb.toRadiusM() * scale,
              i)
          .ifPresent(out::add);
    }
    boolean torsoHidden =
        hidden.contains(LEFT_HIP)
            || hidden.contains(RIGHT_HIP)
            || hidden.contains(LEFT_SHOULDER)
            || hidden.contains(RIGHT_SHOULDER);
    Vec3 pelvis = s.pelvis();
    Vec3 shoulders = s.shoulders();
    if (!torsoHidden) {
      Vec3 hipLeft = s.get(LEFT_HIP).minus(s.get(RIGHT_HIP)).unit();
      Vec3 shoulderLeft = s.get(LEFT_SHOULDER).minus(s.get(RIGHT_SHOULDER)).unit();
      Vec3 waistLeft = hipLeft.plus(shoulderLeft).unit();
      Vec3 axis = shoulders.minus(pelvis).unit();
      // Towards the back: square to the spine's chord and to the body's left.
      Vec3 back = axis.cross(waistLeft).unit();
      Vec3 waist = s.spineMiddle();
      for (int k = 0; k < TORSO.size(); k++) {
        TorsoTube t = TORSO.get(k);
        Vec3 drop = back.times(-t.dropM() * scale);
        tube(
                pelvis.plusScaled(hipLeft, t.sideHipsM() * scale).plus(drop),
                shoulders.plusScaled(shoulderLeft, t.sideShouldersM() * scale).plus(drop),
                waist.plusScaled(waistLeft, t.sideWaistM() * scale).plus(drop),
                t.radiusHipsM() * scale,
                t.radiusShouldersM() * scale,
                LIMBS.size() + k)
            .ifPresent(out::add);
      }
    }
    boolean headHidden = HEAD_JOINTS.stream().anyMatch(hidden::contains);
    if (!headHidden) {
      Vec3 ears = s.mid(LEFT_EAR, RIGHT_EAR);
      Vec3 face = s.get(NOSE).minus(ears).unit();
      Vec3 head = ears.plusScaled(face, HEAD_CENTRE_FORWARD_M * scale);
      if (!torsoHidden) {
        double r = NECK_RADIUS_M * scale;
        tube(shoulders, ears, null, r, r, LIMBS.size() + TORSO.size()).ifPresent(out::add);
      }
      double r = HEAD_RADIUS_M * scale;
      tube(head, head, null, r, r, LIMBS.size() + TORSO.size() + 1).ifPresent(out::add);
    }
    return out;
  }

  /**
   * A tube from {@code a} to {@code b} (through {@code middle} when it bows), projected; empty when
   * an end is behind the camera.
   */
  private Optional<Shape> tube(Vec3 a, Vec3 b, Vec3 middle, double ra, double rb, int part) {
    Camera.Projection pa = camera.project(a);
    Camera.Projection pb = camera.project(b);
    if (pa.depth() < MIN_DEPTH_M || pb.depth() < MIN_DEPTH_M) {
      return Optional.empty();
    }
    double bow = 0;
    if (middle != null) {
      // The bow square to the projected chord (a straight line projects straight, so the chord's
      // own middle lies on it).
      Camera.Projection pm = camera.project(middle);
      double dx = pb.x() - pa.x();
      double dy = pb.y() - pa.y();
      double len = Math.hypot(dx, dy);
      if (len > 1e-9) {
        double mx = pm.x() - (pa.x() + pb.x()) / 2;
        double my = pm.y() - (pa.y() + pb.y()) / 2;
        bow = (mx * -dy + my * dx) / len;
      }
    }
    double f = camera.focalPx();
    return Optional.of(
        new Shape(
            pa.x(),
            pa.y(),
            ra * f / pa.depth(),
            pb.x(),
            pb.y(),
            rb * f / pb.depth(),
            bow,
            (pa.depth() + pb.depth()) / 2,
            part));
  }

  /**
   * Rasterises one shape into the grid (keeping the larger probability where parts overlap).
   *
   * @param wobble the part's edge shift this frame, cells (positive shrinks)
   * @param rough each cell's own edge shift, at most this many cells
   */
  private void draw(
      Shape sh,
      double x0,
      double y0,
      double cell,
      Window image,
      double wobble,
      double rough,
      EdgeNoise noise) {
    // Into grid units: cell centres at whole numbers.
    double ax = (sh.ax() - x0) / cell - 0.5;
    double ay = (sh.ay() - y0) / cell - 0.5;
    double bx = (sh.bx() - x0) / cell - 0.5;
    double by = (sh.by() - y0) / cell - 0.5;
    double ar = sh.ar() / cell;
    double br = sh.br() / cell;
    double bow = sh.bow() / cell;
    double reach = EDGE_CELLS / 2 + Math.abs(wobble) + rough;
    int c0 =
        Math.max(image.c0(), (int) Math.floor(Math.min(ax - ar, bx - br) - Math.abs(bow) - reach));
    int c1 =
        Math.min(image.c1(), (int) Math.ceil(Math.max(ax + ar, bx + br) + Math.abs(bow) + reach));
    int r0 =
        Math.max(image.r0(), (int) Math.floor(Math.min(ay - ar, by - br) - Math.abs(bow) - reach));
    int r1 =
        Math.min(image.r1(), (int) Math.ceil(Math.max(ay + ar, by + br) + Math.abs(bow) + reach));
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double len = Math.sqrt(len2);
    double invLen2 = len2 > 1e-12 ? 1 / len2 : 0;
    // Unit chord and its normal (the bow's direction).
    double ux = len > 1e-9 ? dx / len : 1;
    double uy = len > 1e-9 ? dy / len : 0;
    double nx = -uy;
    double ny = ux;
    double invLen = len > 1e-9 ? 1 / len : 0;
    // How far from the centre line any cell with a probability can lie.
    double extent = Math.max(ar, br) + Math.abs(bow) + reach;
    // Beyond this distance from the outline a cell is certainly in or out, whatever the noise.
    double ramp = EDGE_CELLS / 2 + rough;
    for (int r = r0; r <= r1; r++) {
      double py = r - ay;
      // This row meets the shape only where the centre line passes within its extent.
      int from = c0;
      int to = c1;
      if (Math.abs(dy) > 1e-9) {
        double ta = (py - extent) / dy;
        double tb = (py + extent) / dy;
        double tlo = Math.max(0, Math.min(ta, tb));
        double thi = Math.min(1, Math.max(ta, tb));
        double xa = ax + tlo * dx;
        double xb = ax + thi * dx;
        from = Math.max(c0, (int) Math.floor(Math.min(xa, xb) - extent));
        to = Math.min(c1, (int) Math.ceil(Math.max(xa, xb) + extent));
      }
      int rowStart = r * GRID_CELLS;
      // Every cell is computed on its own (no chain from one to the next), cells deep inside or
      // well outside on squared distances, without a root.
      for (int c = from; c <= to; c++) {
        int k = rowStart + c;
        if (grid[k] >= 1) {
          continue; // already inside another part
        }
        double px = c - ax;
        double d;
        if (bow == 0) {
          // Tapered capsule: distance to the segment, less the radius there.
          double t = Math.max(0, Math.min(1, (px * dx + py * dy) * invLen2));
          double ex = px - t * dx;
          double ey = py - t * dy;
          double dist2 = ex * ex + ey * ey;
          double radius = ar + t * (br - ar) - wobble;
          double outer = radius + ramp;
          if (dist2 >= outer * outer) {
            continue;
          }
          double inner = radius - ramp;
          if (inner > 0 && dist2 <= inner * inner) {
            grid[k] = 1;
            continue;
          }
          d = Math.sqrt(dist2) - radius;
        } else {
          // Bowed band: across the chord from the parabola, with round caps at both ends.
          double t = (px * ux + py * uy) * invLen;
          if (t >= 0 && t <= 1) {
            double across = px * nx + py * ny - bow * 4 * t * (1 - t);
            d = Math.abs(across) - (ar + t * (br - ar)) + wobble;
          } else {
            double ex = t < 0 ? px : px - dx;
            double ey = t < 0 ? py : py - dy;
            d = Math.sqrt(ex * ex + ey * ey) - (t < 0 ? ar : br) + wobble;
          }
          if (d >= ramp) {
            continue;
          }
          if (d <= -ramp) {
            grid[k] = 1;
            continue;
          }
        }
        if (rough > 0) {
          d += rough * noise.roughness(c, r);
        }
        float p = (float) Math.max(0, Math.min(1, 0.5 - d / EDGE_CELLS));
        if (p > grid[k]) {
          grid[k] = p;
        }
      }
    }
  }
}
