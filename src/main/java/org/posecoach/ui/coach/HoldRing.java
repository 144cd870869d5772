package org.posecoach.ui.coach;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.posecoach.ui.Theme;

/**
 * A ring that fills clockwise from the top while a hold is kept, with the seconds left in the
 * middle. Drawn into its own canvas on the layout pass after a change, so at most once per frame.
 */
public final class HoldRing extends CanvasSkin {
  /** Ring width as a fraction of its radius: thick enough to read the fill from across a room. */
  private static final double RING_FRACTION = 0.2;

  /** The seconds in the middle: "10 s" fits inside the ring at this fraction of its radius. */
  private static final double TEXT_FRACTION = 0.42;

  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty text = new SimpleStringProperty("");

  public HoldRing() {
    super(150, 150);
    watch(progress, text);
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h) {
    double radius = Math.min(w, h) / 2 - 4;
    if (radius <= 0) {
      return;
    }
    double ring = radius * RING_FRACTION;
    double r = radius - ring / 2;
    double cx = w / 2;
    double cy = h / 2;
    g.save();
    g.setLineWidth(ring);
    g.setLineCap(StrokeLineCap.BUTT);
    g.setStroke(Color.web("#2b333c"));
    g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    double p = Math.max(0, Math.min(1, progress.get()));
    if (p > 0) {
      g.setStroke(Theme.GOOD);
      g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, 90, -360 * p, ArcType.OPEN);
    }
    g.setFill(Theme.TEXT);
    g.setFont(Font.font(null, FontWeight.BOLD, Math.max(16, radius * TEXT_FRACTION)));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text.get(), cx, cy);
    g.restore();
  }

  /** How much of the hold is done, 0..1. */
  public DoubleProperty progressProperty() {
    return progress;
  }

  /** What the middle says, e.g. "7 s". */
  public StringProperty textProperty() {
    return text;
  }
}
