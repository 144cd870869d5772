package org.posecoach.ui;

import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.routine.CameraPlacement;
import org.posecoach.ui.live.DisplayFrame;

/**
 * The video with the skeleton over it, drawn into its own {@link Canvas}: the newest frame (already
 * scaled for the screen by the capture thread, so it is drawn 1:1), the pose's bones in the
 * person's side colours and its joints coloured by the model's confidence, and optionally a framing
 * guide for the camera placement. Nothing is drawn until {@link #redraw()}: the caller draws once
 * per rendered frame, after handing over what changed.
 */
public final class VideoOverlay extends Region {
  /**
   * Joints below this confidence are left out: they are guesses, and drawing them at a wrong place
   * misleads more than a gap (render.SkeletonPainter uses 0.3; a little lower here, where the red
   * colour already says "unsure").
   */
  private static final double MIN_JOINT_SCORE = 0.2;

  /** Bone width as a fraction of the video width: about 6 px on a 960-px video, seen from 2 m. */
  private static final double BONE_WIDTH_FRACTION = 1 / 160.0;

  private static final double MIN_BONE_WIDTH_PX = 3;

  /** Joints are drawn a little wider than the bones they join. */
  private static final double JOINT_RADIUS_PER_BONE_WIDTH = 1.1;

  private final Canvas canvas = new Canvas();
  private final InvalidationListener sizeChanged = o -> sizeChanged();
  private BiConsumer<Integer, Integer> onDisplaySize = (w, h) -> {};
  private WritableImage image;
  private int sourceWidth = 4;
  private int sourceHeight = 3;
  private Pose pose;
  private CameraPlacement guide;
  private String emptyText = "Waiting for video…";

  public VideoOverlay() {
    getChildren().add(canvas);
    registerListeners();
  }

  private void registerListeners() {
    widthProperty().addListener(sizeChanged);
    heightProperty().addListener(sizeChanged);
  }

  /** Removes the listeners; the overlay is not used afterwards. */
  public void dispose() {
    widthProperty().removeListener(sizeChanged);
    heightProperty().removeListener(sizeChanged);
    image = null;
    pose = null;
  }

  /** Told the box the video may fill whenever it changes, so frames come at that size. */
  public void setOnDisplaySize(BiConsumer<Integer, Integer> listener) {
    this.onDisplaySize = listener;
    sizeChanged();
  }

  /** Copies a frame's pixels (call on the JavaFX thread, with a frame just taken). */
  public void showFrame(DisplayFrame frame) {
    int w = frame.width();
    int h = frame.height();
    if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
      image = new WritableImage(w, h);
    }
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            w,
            h,
            PixelFormat.getByteBgraPreInstance(),
            frame.pixels(),
            0,
            w * DisplayFrame.BYTES_PER_PIXEL);
    sourceWidth = frame.sourceWidth();
    sourceHeight = frame.sourceHeight();
  }

  /** The pose to draw over the video, or null for none. */
  public void showPose(Pose pose) {
    this.pose = pose;
  }

  /** A framing guide for this placement, or null for none. */
  public void showGuide(CameraPlacement placement) {
    this.guide = placement;
  }

  /** What to say while there is no frame yet. */
  public void setEmptyText(String text) {
    this.emptyText = text;
  }

  /** Forgets the frame shown (a new source is coming). */
  public void clearFrame() {
    image = null;
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
  }

  private void sizeChanged() {
    onDisplaySize.accept((int) Math.floor(getWidth()), (int) Math.floor(getHeight()));
  }

  /** Draws the video, the guide and the skeleton. */
  public void redraw() {
    double w = getWidth();
    double h = getHeight();
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, w, h);
    if (w <= 0 || h <= 0) {
      return;
    }
    double[] r = videoRect(w, h);
    g.save();
    if (image != null) {
      g.drawImage(image, r[0], r[1], r[2], r[3]);
    } else {
      g.setFill(Theme.PANEL);
      g.fillRect(r[0], r[1], r[2], r[3]);
      drawCentredText(g, emptyText, r);
    }
    if (guide != null) {
      drawGuide(g, r);
    }
    if (pose != null) {
      drawSkeleton(g, pose, r);
    }
    g.restore();
  }

  /** Where the video goes: the source's aspect ratio fitted and centred, on whole pixels. */
  private double[] videoRect(double w, double h) {
    double scale = Math.min(w / sourceWidth, h / sourceHeight);
    double vw = Math.round(sourceWidth * scale);
    double vh = Math.round(sourceHeight * scale);
    return new double[] {Math.floor((w - vw) / 2), Math.floor((h - vh) / 2), vw, vh};
  }

  /** The waiting message, in the upper part of the video, clear of the cards in its middle. */
  private void drawCentredText(GraphicsContext g, String text, double[] r) {
    g.setFill(Theme.MUTED);
    g.setFont(Font.font(null, FontWeight.BOLD, 28));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, r[0] + r[2] / 2, r[1] + r[3] * 0.2);
  }

  /**
   * A dashed box where the body should be, resting on a floor line. From the side the body on the
   * mat is long and low; from beyond the feet it is narrow and tall in the picture.
   */
  private void drawGuide(GraphicsContext g, double[] r) {
    // Fractions of the video: the floor a little above the bottom edge (the laptop sits on it and
    // looks slightly up), the box as wide as a lying body seen from 2–3 m.
    double floorY = r[1] + r[3] * 0.9;
    double left = r[0] + r[2] * (guide == CameraPlacement.SIDE ? 0.06 : 0.28);
    double right = r[0] + r[2] * (guide == CameraPlacement.SIDE ? 0.94 : 0.72);
    double top = r[1] + r[3] * (guide == CameraPlacement.SIDE ? 0.3 : 0.12);
    double line = Math.max(3, r[2] / 300);
    g.setStroke(Color.rgb(255, 255, 255, 0.8));
    g.setLineWidth(line);
    g.setLineDashes(line * 5, line * 4);
    g.strokeRoundRect(left, top, right - left, floorY - top, 24, 24);
    g.setLineDashes();
    g.setStroke(Color.rgb(61, 220, 132, 0.9));
    g.setLineWidth(line * 1.5);
    g.strokeLine(r[0] + r[2] * 0.03, floorY, r[0] + r[2] * 0.97, floorY);
    g.setFill(Color.rgb(255, 255, 255, 0.9));
    g.setFont(Font.font(null, FontWeight.BOLD, Math.max(16, r[2] / 40)));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText("whole body inside the box", (left + right) / 2, top - line * 2);
    g.setTextBaseline(VPos.TOP);
    g.fillText("floor", r[0] + r[2] / 2, floorY + line * 2);
  }

  private void drawSkeleton(GraphicsContext g, Pose p, double[] r) {
    double sx = r[2] / p.imageWidth();
    double sy = r[3] / p.imageHeight();
    double width = Math.max(MIN_BONE_WIDTH_PX, r[2] * BONE_WIDTH_FRACTION);
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineWidth(width);
    for (KeypointLayout.Bone bone : p.layout().bones()) {
      Keypoint a = p.get(bone.from());
      Keypoint b = p.get(bone.to());
      if (a.score() < MIN_JOINT_SCORE || b.score() < MIN_JOINT_SCORE) {
        continue;
      }
      Color side =
          a.joint().isLeft() && b.joint().isLeft()
              ? Theme.LEFT
              : a.joint().isRight() && b.joint().isRight() ? Theme.RIGHT : Theme.CENTRE;
      g.setStroke(side.deriveColor(0, 1, 1, 0.5 + 0.5 * Math.min(a.score(), b.score())));
      g.strokeLine(r[0] + a.x() * sx, r[1] + a.y() * sy, r[0] + b.x() * sx, r[1] + b.y() * sy);
    }
    double radius = width * JOINT_RADIUS_PER_BONE_WIDTH;
    g.setLineWidth(Math.max(1.5, width / 3));
    g.setStroke(Color.rgb(0, 0, 0, 0.7));
    for (Keypoint k : p.keypoints()) {
      if (k.score() < MIN_JOINT_SCORE) {
        continue;
      }
      double x = r[0] + k.x() * sx;
      double y = r[1] + k.y() * sy;
      g.setFill(Theme.confidence(k.score()));
      g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
      g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }
  }
}
