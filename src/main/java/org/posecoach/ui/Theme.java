package org.posecoach.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.posecoach.motion.vocabulary.Severity;

/**
 * The app's look in one place: colours shared by the style sheet and the canvas skins, and the
 * style sheet itself (a data URL, so the look ships with the code). Sizes are for a 1280×720 window
 * read from two metres away: the counter, cues and guidance are 50–150 px tall, nothing a user must
 * read while exercising is under 24 px.
 */
public final class Theme {
  public static final Color BACKGROUND = Color.web("#0f1317");
  public static final Color PANEL = Color.web("#1a2027");
  public static final Color TEXT = Color.web("#f2f5f7");
  public static final Color MUTED = Color.web("#9aa7b3");
  public static final Color GOOD = Color.web("#3ddc84");
  public static final Color WARNING = Color.web("#ffb020");
  public static final Color BLOCKING = Color.web("#ff4d4d");
  public static final Color INFO = Color.web("#4db8ff");

  /** The person's left side, as in {@code render.SkeletonPainter}: orange. */
  public static final Color LEFT = Color.web("#ff9f1a");

  /** The person's right side: cyan. */
  public static final Color RIGHT = Color.web("#22c8ff");

  /** Joints and bones between the two sides (nose, hips line). */
  public static final Color CENTRE = Color.web("#eeeeee");

  private static final String CSS =
      """
      .root { -fx-background-color: #0f1317; -fx-font-size: 20px; }
      .label { -fx-text-fill: #f2f5f7; }
      .muted { -fx-text-fill: #9aa7b3; }
      .title { -fx-font-size: 40px; -fx-font-weight: bold; }
      .subtitle { -fx-font-size: 24px; -fx-text-fill: #9aa7b3; }
      .section { -fx-font-size: 22px; -fx-font-weight: bold; -fx-text-fill: #9aa7b3; }
      .panel { -fx-background-color: #1a2027; -fx-background-radius: 18; -fx-padding: 20; }
      .top-bar { -fx-background-color: #1a2027; -fx-padding: 10 20 10 20; }
      .step-title { -fx-font-size: 30px; -fx-font-weight: bold; }
      .step-position { -fx-font-size: 24px; -fx-text-fill: #9aa7b3; }
      .clock { -fx-font-size: 26px; -fx-text-fill: #9aa7b3; }
      .stats { -fx-font-size: 18px; -fx-text-fill: #c9d3dc;
               -fx-background-color: rgba(0,0,0,0.55); -fx-background-radius: 8;
               -fx-padding: 4 10 4 10; }
      .step-done { -fx-background-color: #3ddc84; -fx-background-radius: 5; }
      .step-now { -fx-background-color: #f2f5f7; -fx-background-radius: 5; }
      .step-todo { -fx-background-color: #3a444f; -fx-background-radius: 5; }
      .counter { -fx-font-size: 150px; -fx-font-weight: bold; -fx-padding: -30 0 -30 0; }
      .counter-side { -fx-font-size: 104px; -fx-font-weight: bold; -fx-padding: -24 0 -24 0;
                      -fx-text-fill: #6b7784; }
      .counter-side-label { -fx-font-size: 26px; -fx-font-weight: bold; -fx-text-fill: #6b7784; }
      .active-left { -fx-text-fill: #ff9f1a; }
      .active-right { -fx-text-fill: #22c8ff; }
      .target { -fx-font-size: 36px; -fx-text-fill: #c9d3dc; }
      .unit { -fx-font-size: 24px; -fx-text-fill: #9aa7b3; }
      .cue { -fx-font-size: 60px; -fx-font-weight: bold; -fx-background-radius: 18;
             -fx-padding: 8 34 8 34; }
      .cue-info { -fx-background-color: rgba(30,110,190,0.92); }
      .cue-warning { -fx-background-color: rgba(255,176,32,0.96); -fx-text-fill: #1c1400; }
      .cue-blocking { -fx-background-color: rgba(220,45,45,0.95); }
      .card { -fx-background-color: rgba(15,19,23,0.84); -fx-background-radius: 22;
              -fx-padding: 24 40 28 40; }
      .card-title { -fx-font-size: 54px; -fx-font-weight: bold; }
      .card-detail { -fx-font-size: 26px; -fx-text-fill: #c9d3dc; }
      .rest-count { -fx-font-size: 170px; -fx-font-weight: bold; -fx-padding: -30 0 -30 0; }
      .banner { -fx-font-size: 34px; -fx-font-weight: bold; -fx-text-fill: #0f1317;
                -fx-background-color: rgba(61,220,132,0.95); -fx-background-radius: 14;
                -fx-padding: 8 26 8 26; }
      .problem { -fx-background-color: rgba(120,20,20,0.94); -fx-background-radius: 22;
                 -fx-padding: 28 40 28 40; }
      .keys { -fx-font-size: 18px; -fx-text-fill: #9aa7b3; }
      .gauge-label { -fx-font-size: 22px; -fx-text-fill: #c9d3dc; }
      .progress-bar > .bar { -fx-background-color: #3ddc84; -fx-background-radius: 6;
                             -fx-background-insets: 0; }
      .progress-bar > .track { -fx-background-color: #2b333c; -fx-background-radius: 6; }
      .button { -fx-font-size: 24px; -fx-background-color: #2b333c; -fx-text-fill: #f2f5f7;
                -fx-background-radius: 10; -fx-padding: 10 24 10 24; }
      .button:hover { -fx-background-color: #36414c; }
      .button:focused { -fx-border-color: #4db8ff; -fx-border-width: 2; -fx-border-radius: 10; }
      .primary { -fx-background-color: #2fae68; -fx-font-size: 30px; -fx-font-weight: bold; }
      .primary:hover { -fx-background-color: #36c176; }
      .primary:disabled { -fx-opacity: 0.5; }
      .combo-box, .choice-box { -fx-font-size: 22px; }
      .check-box { -fx-font-size: 22px; }
      .check-box .text, .radio-button .text { -fx-fill: #f2f5f7; }
      .radio-button { -fx-font-size: 22px; }
      .warning-text { -fx-text-fill: #ffb020; -fx-font-size: 22px; }
      .error-text { -fx-text-fill: #ff6b6b; -fx-font-size: 22px; }
      .status-text { -fx-text-fill: #c9d3dc; -fx-font-size: 20px; }
      .steps-text { -fx-text-fill: #c9d3dc; -fx-font-size: 18px; -fx-line-spacing: 1px; }
      .small { -fx-font-size: 18px; -fx-padding: 6 14 6 14; }
      .table-view { -fx-font-size: 18px; -fx-background-color: #1a2027;
                    -fx-control-inner-background: #1a2027;
                    -fx-control-inner-background-alt: #202831; }
      .table-view .column-header, .table-view .column-header-background,
      .table-view .filler { -fx-background-color: #232b34; }
      .table-view .column-header .label { -fx-text-fill: #c9d3dc; -fx-font-weight: bold; }
      .table-row-cell { -fx-table-cell-border-color: #2b333c; }
      .table-row-cell:selected { -fx-background-color: #2c4a66; }
      .table-row-cell:selected .table-cell { -fx-text-fill: #ffffff; }
      .table-row-cell:empty { -fx-background-color: #1a2027; }
      .table-row-cell:empty .table-cell { -fx-border-width: 0; }
      .table-cell { -fx-text-fill: #f2f5f7; -fx-padding: 0 6 0 6; }
      .list-view { -fx-font-size: 20px; -fx-background-color: #1a2027;
                   -fx-control-inner-background: #1a2027;
                   -fx-control-inner-background-alt: #1f262e; }
      .chart { -fx-padding: 4; }
      .chart-title { -fx-text-fill: #f2f5f7; -fx-font-size: 22px; -fx-wrap-text: true;
                     -fx-text-alignment: center; }
      .axis { -fx-tick-label-fill: #c9d3dc; -fx-tick-label-font-size: 16px; }
      .axis-label { -fx-text-fill: #c9d3dc; -fx-font-size: 16px; }
      .chart-plot-background { -fx-background-color: #151b21; }
      .chart-vertical-grid-lines, .chart-horizontal-grid-lines { -fx-stroke: #2b333c; }
      .chart-legend { -fx-background-color: transparent; }
      .chart-legend-item { -fx-text-fill: #c9d3dc; -fx-font-size: 16px; }
      .default-color0.chart-bar { -fx-bar-fill: #3ddc84; }
      .too-fast.chart-bar { -fx-bar-fill: #ffb020; }
      .default-color0.chart-series-line { -fx-stroke: #4db8ff; -fx-stroke-width: 3; }
      .default-color0.chart-line-symbol { -fx-background-color: #4db8ff, #151b21; }
      .default-color1.chart-series-line { -fx-stroke: #ffb020; -fx-stroke-width: 2;
                                          -fx-stroke-dash-array: 8 6; }
      .default-color1.chart-line-symbol { -fx-background-color: transparent; }
      """;

  private Theme() {}

  /** Gives a scene the app's style sheet. */
  public static void apply(Scene scene) {
    scene.setFill(BACKGROUND);
    scene
        .getStylesheets()
        .add(
            "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));
  }

  /** The colour of a cue of this severity. */
  public static Color of(Severity severity) {
    return switch (severity) {
      case INFO -> INFO;
      case WARNING -> WARNING;
      case BLOCKING -> BLOCKING;
    };
  }

  /** Red (0) through yellow to green (1): how sure the model is of a joint. */
  public static Color confidence(double score) {
    double s = Math.max(0, Math.min(1, score));
    // Hue 0° is red, 120° green: a linear walk passes through orange and yellow.
    return Color.hsb(120 * s, 0.85, 1.0);
  }
}
