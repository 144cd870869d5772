package org.posecoach.ui.coach;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A widget that draws itself into its own canvas: a change of any watched value only asks for a
 * layout pass, and the layout pass redraws, so it draws at most once per frame. Listeners are
 * registered in one place and removed in {@link #dispose()}.
 */
abstract class CanvasSkin extends Region {
  private final Canvas canvas = new Canvas();
  private final InvalidationListener changed = o -> requestLayout();
  private final List<Observable> watched = new ArrayList<>();
  private final double prefWidth;
  private final double prefHeight;

  CanvasSkin(double prefWidth, double prefHeight) {
    this.prefWidth = prefWidth;
    this.prefHeight = prefHeight;
    getChildren().add(canvas);
  }

  /** Redraws when any of {@code values} changes (the size is always watched). */
  protected final void watch(Observable... values) {
    watched.addAll(List.of(values));
    watched.add(widthProperty());
    watched.add(heightProperty());
    watched.forEach(o -> o.addListener(changed));
  }

  public final void dispose() {
    watched.forEach(o -> o.removeListener(changed));
  }

  @Override
  protected final double computePrefWidth(double height) {
    return prefWidth;
  }

  @Override
  protected final double computePrefHeight(double width) {
    return prefHeight;
  }

  @Override
  protected final void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, getWidth(), getHeight());
    draw(g, getWidth(), getHeight());
  }

  /** Draws on a cleared canvas of {@code w × h}. */
  protected abstract void draw(GraphicsContext g, double w, double h);
}
