package org.posecoach.pose.movenet;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.List;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.image.Roi;

/**
 * MoveNet's crop-region algorithm (from its TF Hub model card and TF.js implementation),
 * generalized to a crop turned by a multiple of 90°: the first frame is letterboxed whole; later
 * frames are cut square around the previous pose's hips, large enough for its torso (×1.9) and body
 * (×1.2), and never larger than needed to reach the frame's edges.
 *
 * <p>All geometry happens in the "upright frame": the image turned by −rotation, in which the model
 * sees the person; the result is returned as an image-space {@link Roi}.
 */
final class CropRegion {
  /** Keypoints below this score do not shape the crop (MoveNet's MIN_CROP_KEYPOINT_SCORE). */
  static final double MIN_CROP_KEYPOINT_SCORE = 0.2;

  private static final double TORSO_EXPANSION = 1.9;
  private static final double BODY_EXPANSION = 1.2;
  private static final List<Joint> TORSO =
      List.of(LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_HIP, RIGHT_HIP);

  private CropRegion() {}

  /** The whole image, letterboxed into a square, seen at {@code rotation}. */
  static Roi initial(int width, int height, double rotation) {
    return Roi.letterbox(width, height).rotatedBy(rotation);
  }

  /**
   * The crop for the next frame given this frame's keypoints (image pixels, COCO-17 order).
   *
   * @param rotation the crop's rotation, a multiple of π/2
   */
  static Roi next(List<Keypoint> keypoints, int width, int height, double rotation) {
    Upright frame = new Upright(width, height, rotation);
    if (!torsoVisible(keypoints)) {
      return initial(width, height, rotation);
    }
    Keypoint lh = find(keypoints, LEFT_HIP);
    Keypoint rh = find(keypoints, RIGHT_HIP);
    double cx = (frame.x(lh) + frame.x(rh)) / 2;
    double cy = (frame.y(lh) + frame.y(rh)) / 2;
    double torsoX = 0;
    double torsoY = 0;
    for (Joint j : TORSO) {
      Keypoint k = find(keypoints, j);
      torsoX = Math.max(torsoX, Math.abs(cx - frame.x(k)));
      torsoY = Math.max(torsoY, Math.abs(cy - frame.y(k)));
    }
    double bodyX = 0;
    double bodyY = 0;
    for (Keypoint k : keypoints) {
      if (k.score() >= MIN_CROP_KEYPOINT_SCORE) {
        bodyX = Math.max(bodyX, Math.abs(cx - frame.x(k)));
        bodyY = Math.max(bodyY, Math.abs(cy - frame.y(k)));
      }
    }
    double half =
        Math.max(
            Math.max(torsoX * TORSO_EXPANSION, torsoY * TORSO_EXPANSION),
            Math.max(bodyX * BODY_EXPANSION, bodyY * BODY_EXPANSION));
    double w = frame.width();
    double h = frame.height();
    half = Math.min(half, Math.max(Math.max(cx, w - cx), Math.max(cy, h - cy)));
    if (half > Math.max(w, h) / 2) {
      return initial(width, height, rotation);
    }
    return new Roi(frame.imageX(cx, cy), frame.imageY(cx, cy), 2 * half, 2 * half, rotation);
  }

  static boolean torsoVisible(List<Keypoint> keypoints) {
    return (score(keypoints, LEFT_HIP) > MIN_CROP_KEYPOINT_SCORE
            || score(keypoints, RIGHT_HIP) > MIN_CROP_KEYPOINT_SCORE)
        && (score(keypoints, LEFT_SHOULDER) > MIN_CROP_KEYPOINT_SCORE
            || score(keypoints, RIGHT_SHOULDER) > MIN_CROP_KEYPOINT_SCORE);
  }

  private static double score(List<Keypoint> keypoints, Joint joint) {
    return find(keypoints, joint).score();
  }

  private static Keypoint find(List<Keypoint> keypoints, Joint joint) {
    for (Keypoint k : keypoints) {
      if (k.joint() == joint) {
        return k;
      }
    }
    throw new IllegalArgumentException("no " + joint);
  }

  /** The image turned by −rotation about its centre, with its own width and height. */
  private record Upright(int imageWidth, int imageHeight, double rotation) {
    boolean swapped() {
      return Math.abs(Math.sin(rotation)) > 0.5;
    }

    double width() {
      return swapped() ? imageHeight : imageWidth;
    }

    double height() {
      return swapped() ? imageWidth : imageHeight;
    }

    double x(Keypoint k) {
      double dx = k.x() - imageWidth / 2.0;
      double dy = k.y() - imageHeight / 2.0;
      return Math.cos(rotation) * dx + Math.sin(rotation) * dy + width() / 2;
    }

    double y(Keypoint k) {
      double dx = k.x() - imageWidth / 2.0;
      double dy = k.y() - imageHeight / 2.0;
      return -Math.sin(rotation) * dx + Math.cos(rotation) * dy + height() / 2;
    }

    double imageX(double ux, double uy) {
      double dx = ux - width() / 2;
      double dy = uy - height() / 2;
      return Math.cos(rotation) * dx - Math.sin(rotation) * dy + imageWidth / 2.0;
    }

    double imageY(double ux, double uy) {
      double dx = ux - width() / 2;
      double dy = uy - height() / 2;
      return Math.sin(rotation) * dx + Math.cos(rotation) * dy + imageHeight / 2.0;
    }
  }
}
