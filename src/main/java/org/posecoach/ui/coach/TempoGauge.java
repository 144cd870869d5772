package org.posecoach.ui.coach;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.posecoach.motion.rep.Phase;
import org.posecoach.routine.Seconds;
import org.posecoach.ui.Theme;

/**
 * The tempo gauge: a half dial whose needle is the time spent in the current repetition. The dial
 * is amber up to the routine's minimum seconds per rep and green after it, so "slow enough" is the
 * needle being in the green when the rep ends. An inner arc shows how far the current movement has
 * gone (0 at the start position, full at the end position) in the colour of its phase, and the last
 * rep's time is written under the needle. Drawn into its own canvas, once per frame at most:
 * property changes only ask for a layout pass, which redraws.
 */
public final class TempoGauge extends CanvasSkin {
  /**
   * Without an upper bound the dial ends at twice the minimum: a rep that takes twice the least
   * time is comfortably slow, and the needle still moves visibly below that.
   */
  private static final double SPAN_PER_MIN_SECONDS = 2;

  /** Outer band width, as a fraction of the dial's radius. */
  private static final double BAND_FRACTION = 0.16;

  /** Room under the dial's centre for the last rep's time (26-px text and a gap). */
  private static final double TEXT_ROOM_PX = 44;

  /** Gap between the outer band and the inner movement arc: room for the minimum's label. */
  private static final double INNER_GAP_PX = 46;

  /** The minimum's label sits this far inside the band, between band and inner arc. */
  private static final double LABEL_INSET_PX = 22;

  private static final double INNER_WIDTH_PX = 10;
  private static final double NEEDLE_WIDTH_PX = 6;
  private static final double HUB_RADIUS_PX = 10;

  private static final Color TRACK = Color.web("#2b333c");

  private final DoubleProperty repSeconds = new SimpleDoubleProperty(0);
  private final DoubleProperty minSeconds = new SimpleDoubleProperty(0);
  private final DoubleProperty maxSeconds = new SimpleDoubleProperty(Double.NaN);
  private final DoubleProperty lastSeconds = new SimpleDoubleProperty(Double.NaN);
  private final DoubleProperty movement = new SimpleDoubleProperty(0);
  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.REST);

  public TempoGauge() {
    super(340, 200);
    watch(repSeconds, minSeconds, maxSeconds, lastSeconds, movement, phase);
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h) {
    double min = minSeconds.get();
    if (w <= 0 || h <= 0 || !(min > 0)) {
      return;
    }
    double radius = Math.min(w / 2 - 8, h - TEXT_ROOM_PX - 8);
    double cx = w / 2;
    double cy = radius + 8;
    double band = radius * BAND_FRACTION;
    double span = Double.isNaN(maxSeconds.get()) ? min * SPAN_PER_MIN_SECONDS : maxSeconds.get();
    g.save();
    // Outer band: amber until the minimum, green after it.
    double r = radius - band / 2;
    g.setLineCap(StrokeLineCap.BUTT);
    g.setLineWidth(band);
    g.setStroke(Theme.WARNING);
    g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, 180, -180 * (min / span), ArcType.OPEN);
    g.setStroke(Theme.GOOD);
    g.strokeArc(
        cx - r,
        cy - r,
        2 * r,
        2 * r,
        180 - 180 * (min / span),
        -180 * (1 - min / span),
        ArcType.OPEN);
    // The minimum, labelled.
    double minAngle = Math.toRadians(180 - 180 * (min / span));
    g.setStroke(Theme.TEXT);
    g.setLineWidth(3);
    g.strokeLine(
        cx + Math.cos(minAngle) * (radius - band - 4),
        cy - Math.sin(minAngle) * (radius - band - 4),
        cx + Math.cos(minAngle) * (radius + 2),
        cy - Math.sin(minAngle) * (radius + 2));
    g.setFill(Theme.TEXT);
    g.setFont(Font.font(null, FontWeight.BOLD, 18));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    double labelRadius = radius - band - LABEL_INSET_PX;
    g.fillText(
        Seconds.text(min),
        cx + Math.cos(minAngle) * labelRadius,
        cy - Math.sin(minAngle) * labelRadius);
    // Inner arc: where the movement is, in its phase's colour.
    double inner = radius - band - INNER_GAP_PX;
    if (inner > INNER_WIDTH_PX) {
      g.setLineCap(StrokeLineCap.ROUND);
      g.setLineWidth(INNER_WIDTH_PX);
      g.setStroke(TRACK);
      g.strokeArc(cx - inner, cy - inner, 2 * inner, 2 * inner, 180, -180, ArcType.OPEN);
      double m = Math.max(0, Math.min(1, movement.get()));
      if (m > 0.01) {
        g.setStroke(colourOf(phase.get()));
        g.strokeArc(cx - inner, cy - inner, 2 * inner, 2 * inner, 180, -180 * m, ArcType.OPEN);
      }
    }
    // Needle: seconds into this rep.
    double t = Math.max(0, Math.min(span, repSeconds.get()));
    double needle = Math.toRadians(180 - 180 * (t / span));
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineWidth(NEEDLE_WIDTH_PX);
    g.setStroke(Theme.TEXT);
    g.strokeLine(
        cx, cy, cx + Math.cos(needle) * (radius - 4), cy - Math.sin(needle) * (radius - 4));
    g.setFill(Theme.TEXT);
    g.fillOval(cx - HUB_RADIUS_PX, cy - HUB_RADIUS_PX, 2 * HUB_RADIUS_PX, 2 * HUB_RADIUS_PX);
    // The last rep's time, green when slow enough.
    double last = lastSeconds.get();
    g.setFont(Font.font(null, FontWeight.BOLD, 26));
    g.setTextBaseline(VPos.TOP);
    double textY = cy + HUB_RADIUS_PX + 4;
    if (Double.isNaN(last)) {
      g.setFill(Theme.MUTED);
      g.fillText("last rep –", cx, textY);
    } else {
      g.setFill(last >= min ? Theme.GOOD : Theme.WARNING);
      g.fillText(
          String.format(Locale.ROOT, "last rep %.1f s%s", last, last >= min ? " ✓" : ""),
          cx,
          textY);
    }
    g.restore();
  }

  private static Color colourOf(Phase phase) {
    return switch (phase) {
      case REST -> Theme.MUTED;
      case OUTWARD -> Theme.INFO;
      case AT_END -> Color.web("#b388ff");
      case RETURNING -> Color.web("#4dd0c8");
    };
  }

  /** Seconds into the current repetition. */
  public DoubleProperty repSecondsProperty() {
    return repSeconds;
  }

  /** The routine's least seconds per rep; nothing is drawn while it is 0. */
  public DoubleProperty minSecondsProperty() {
    return minSeconds;
  }

  /** The routine's most seconds per rep, or NaN. */
  public DoubleProperty maxSecondsProperty() {
    return maxSeconds;
  }

  /** The last counted rep's seconds, or NaN. */
  public DoubleProperty lastSecondsProperty() {
    return lastSeconds;
  }

  /** How far the current movement has gone, 0..1. */
  public DoubleProperty movementProperty() {
    return movement;
  }

  public ObjectProperty<Phase> phaseProperty() {
    return phase;
  }
}
