package org.posecoach.ui.summary;

import javafx.scene.Parent;
import org.posecoach.ui.Screen;

/** The summary screen: its view model and view. */
public final class SummaryScreen implements Screen {
  private final SummaryViewModel viewModel;
  private final SummaryView view;

  public SummaryScreen(SummaryViewModel viewModel) {
    this.viewModel = viewModel;
    this.view = new SummaryView(viewModel);
  }

  public SummaryViewModel viewModel() {
    return viewModel;
  }

  @Override
  public Parent root() {
    return view.root();
  }

  @Override
  public void dispose() {
    view.dispose();
  }
}
