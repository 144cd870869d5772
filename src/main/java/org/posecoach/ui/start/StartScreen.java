package org.posecoach.ui.start;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import org.posecoach.ui.Screen;
import org.posecoach.ui.live.DisplayFrame;
import org.posecoach.ui.live.PreviewFeed;

/**
 * The start screen at work: its view, plus a live preview of the chosen source (restarted when the
 * source or the mirror changes) drawn once per pulse with the first step's framing guide.
 */
public final class StartScreen implements Screen {
  /** Opens the preview of a source, or says why there is none yet. */
  @FunctionalInterface
  public interface PreviewOpener {
    Preview open(SourceChoice choice, boolean mirror);
  }

  /**
   * A preview to show: a feed, or a message while there is none (the sample clip is being made).
   */
  public record Preview(Optional<PreviewFeed> feed, String message) {
    public static Preview of(PreviewFeed feed) {
      return new Preview(Optional.of(feed), "Opening the video…");
    }

    public static Preview waiting(String message) {
      return new Preview(Optional.empty(), message);
    }
  }

  private final StartViewModel viewModel;
  private final StartView view;
  private final PreviewOpener opener;
  private final Executor background;
  private final InvalidationListener previewChanged = o -> refreshPreview();
  private final InvalidationListener guideChanged = o -> showGuide();
  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          pulse();
        }
      };
  private PreviewFeed feed;
  private int generation; // bumped whenever a preview stops, so a late reopen can tell
  private boolean errorShown;
  private boolean disposed;

  /**
   * @param background where previews are closed (a camera may take a frame's time to let go)
   */
  public StartScreen(StartViewModel viewModel, PreviewOpener opener, Executor background) {
    this.viewModel = viewModel;
    this.view = new StartView(viewModel);
    this.opener = opener;
    this.background = background;
    registerListeners();
    showGuide();
    refreshPreview();
    timer.start();
  }

  private void registerListeners() {
    viewModel.sourceProperty().addListener(previewChanged);
    viewModel.mirrorProperty().addListener(previewChanged);
    viewModel.placementProperty().addListener(guideChanged);
  }

  public StartViewModel viewModel() {
    return viewModel;
  }

  @Override
  public Parent root() {
    return view.root();
  }

  /**
   * Opens the chosen source's preview again (the source changed, or the sample clip is ready), once
   * the previous one has let go of its camera.
   */
  public void refreshPreview() {
    CompletableFuture<Void> released = stopPreview();
    int mine = generation;
    errorShown = false;
    view.preview().clearFrame();
    view.preview().setEmptyText("Opening the video…");
    view.preview().redraw();
    released.whenComplete(
        (v, e) ->
            Platform.runLater(
                () -> {
                  if (mine == generation && !disposed) {
                    openPreview();
                  }
                }));
  }

  private void openPreview() {
    SourceChoice choice = viewModel.sourceProperty().get();
    if (choice == null) {
      return;
    }
    Preview preview = opener.open(choice, viewModel.mirrorProperty().get());
    view.preview().setEmptyText(preview.message());
    view.preview().redraw();
    preview
        .feed()
        .ifPresent(
            f -> {
              feed = f;
              view.preview().setOnDisplaySize(f::requestSize);
              f.start();
            });
  }

  /** Stops the preview so that its camera is free; completes once it has let go. */
  public CompletableFuture<Void> stopPreview() {
    generation++;
    PreviewFeed old = feed;
    feed = null;
    return old == null
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.runAsync(old::close, background);
  }

  private void showGuide() {
    view.preview().showGuide(viewModel.placementProperty().get());
    view.preview().redraw();
  }

  private void pulse() {
    PreviewFeed f = feed;
    if (f == null) {
      return;
    }
    DisplayFrame frame = f.frames().takeFresh();
    if (frame != null) {
      view.preview().showFrame(frame);
      view.preview().redraw();
    } else if (!errorShown && f.error().isPresent()) {
      errorShown = true;
      viewModel.failed("Preview: " + f.error().get());
      view.preview().setEmptyText("No video");
      view.preview().redraw();
    }
  }

  @Override
  public void dispose() {
    disposed = true;
    timer.stop();
    viewModel.sourceProperty().removeListener(previewChanged);
    viewModel.mirrorProperty().removeListener(previewChanged);
    viewModel.placementProperty().removeListener(guideChanged);
    stopPreview();
    view.dispose();
  }
}
