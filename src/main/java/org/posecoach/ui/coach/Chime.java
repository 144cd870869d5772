package org.posecoach.ui.coach;

/** The sounds the coach makes; an implementation must never block or fail its caller. */
public interface Chime {
  /** Silence, for tests and machines without audio. */
  Chime SILENT =
      new Chime() {
        @Override
        public void repCounted() {}

        @Override
        public void holdCompleted() {}
      };

  void repCounted();

  void holdCompleted();
}
