package org.posecoach.ui.coach;

import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import org.posecoach.ui.Screen;
import org.posecoach.ui.live.LiveSession;

/**
 * The coach screen at work: view model, view and the per-frame loop over one {@link LiveSession}.
 * It reports once when the view model wants the summary; the session itself is closed by whoever
 * opened it.
 */
public final class CoachScreen implements Screen {
  private final CoachViewModel viewModel;
  private final CoachView view;
  private final CoachLoop loop;
  private final ChangeListener<Boolean> finished;
  private final ChangeListener<Boolean> muteVoice;

  /**
   * @param muted start with the sound off
   * @param onFinished called once, on the JavaFX thread, when it is time for the summary
   */
  public CoachScreen(LiveSession live, Chime chime, boolean muted, Runnable onFinished) {
    this.viewModel = new CoachViewModel(live.routine(), live, chime, muted);
    this.view = new CoachView(viewModel);
    view.video().setOnDisplaySize(live.tap()::requestSize);
    this.loop = new CoachLoop(live, viewModel, view.video());
    this.finished =
        (o, was, now) -> {
          if (now && !was) {
            onFinished.run();
          }
        };
    viewModel.finishedProperty().addListener(finished);
    // M mutes the voice with the tones.
    this.muteVoice = (o, was, now) -> live.voice().ifPresent(v -> v.player().setMuted(now));
    live.voice().ifPresent(v -> v.player().setMuted(muted));
    viewModel.sound().mutedProperty().addListener(muteVoice);
  }

  /** Starts drawing; call once the session is started. */
  public void start() {
    loop.start();
  }

  @Override
  public Parent root() {
    return view.root();
  }

  @Override
  public void dispose() {
    loop.stop();
    viewModel.finishedProperty().removeListener(finished);
    viewModel.sound().mutedProperty().removeListener(muteVoice);
    view.dispose();
  }
}
