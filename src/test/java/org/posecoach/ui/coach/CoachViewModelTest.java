package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.ui.coach.Snapshots.CAT_CAMEL;
import static org.posecoach.ui.coach.Snapshots.LUMBAR;
import static org.posecoach.ui.coach.Snapshots.MORNING;
import static org.posecoach.ui.coach.Snapshots.PRAYER;
import static org.posecoach.ui.coach.Snapshots.analyzer;
import static org.posecoach.ui.coach.Snapshots.rep;
import static org.posecoach.ui.coach.Snapshots.session;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.review.SetReview;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Severity;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pipeline.LatencyStats;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.source.SourceInfo;
import org.posecoach.store.StepStatus;

class CoachViewModelTest {
  private final Snapshots.Controls controls = new Snapshots.Controls();
  private final Snapshots.CountingChime chime = new Snapshots.CountingChime();
  private final CoachViewModel vm = new CoachViewModel(MORNING, controls, chime, false);
  private final Snapshots.Events events = new Snapshots.Events();
  private double clock;

  private void pulse(SessionSnapshot s) {
    pulse(s, Optional.empty());
  }

  private void pulse(SessionSnapshot s, Optional<PipelineSummary> end) {
    clock += 1 / 60.0;
    vm.pulse(events, s, LiveStats.NONE, end, clock);
  }

  /** The engine started {@code step}: its start event is on the queue. */
  private void started(int step) {
    events.add(new SessionEvent.StepStarted(0, step, MORNING.steps().get(step)));
  }

  private static SessionSnapshot active(int step) {
    return session(step, SessionPhase.ACTIVE, Optional.of(analyzer(step, AnalyzerState.ACTIVE)));
  }

  private static Optional<PipelineSummary> ended(String error) {
    SourceInfo info = new SourceInfo("camera /dev/video0", true, 640, 480, 30, 0, 0, 30, -1, false);
    return Optional.of(
        new PipelineSummary(
            info, 10, 10, 0, 10, 1, Optional.ofNullable(error), LatencyStats.EMPTY, 3));
  }

  @Test
  void countsComeFromRepEventsWithEachSideOnItsOwn() {
    events.add(
        new SessionEvent.StepStarted(0, LUMBAR, MORNING.steps().get(LUMBAR)),
        rep(LUMBAR, Optional.of(Side.LEFT), 1, 1),
        rep(LUMBAR, Optional.of(Side.RIGHT), 2, 1),
        rep(LUMBAR, Optional.of(Side.LEFT), 3, 2));
    pulse(active(LUMBAR));
    assertTrue(vm.counter().sidedProperty().get());
    assertEquals("2", vm.counter().leftCountProperty().get());
    assertEquals("1", vm.counter().rightCountProperty().get());
    assertEquals("of 10", vm.counter().targetProperty().get());
    assertEquals("reps each side", vm.counter().unitProperty().get());
    assertEquals(3, chime.reps);
  }

  @Test
  void aStepsLastRepStaysOnScreenForAFrameBeforeTheNextStep() {
    events.add(
        new SessionEvent.StepStarted(0, CAT_CAMEL, MORNING.steps().get(CAT_CAMEL)),
        rep(CAT_CAMEL, Optional.empty(), 20, 20),
        new SessionEvent.StepEnded(
            1,
            CAT_CAMEL,
            MORNING.steps().get(CAT_CAMEL),
            StepStatus.COMPLETED,
            new SetReview(20, 0, 0, "Counted 20 repetitions.", Optional.empty(), Optional.empty())),
        new SessionEvent.StepStarted(1, PRAYER, MORNING.steps().get(PRAYER)));
    pulse(active(PRAYER)); // the engine is already on the next step
    assertEquals("Cat-camel", vm.progress().titleProperty().get());
    assertEquals("20", vm.counter().countProperty().get());
    assertTrue(vm.banner().visibleProperty().get());
    assertEquals("Cat-camel done: 20 of 20", vm.banner().textProperty().get());
    assertEquals(1, events.left(), "the next step waits for the next frame");

    pulse(active(PRAYER));
    assertEquals("Prayer stretch", vm.progress().titleProperty().get());
    assertEquals("Step 5 of 6", vm.progress().positionProperty().get());
    assertEquals("0", vm.counter().countProperty().get());
    assertEquals(
        "Cat-camel done: 20 of 20",
        vm.banner().textProperty().get(),
        "the banner keeps what the finished step's counter ended on");
  }

  @Test
  void whileGettingReadyTheGuidanceSaysWhatToDoAndTheGuideShowsWhereTheLaptopGoes() {
    started(CAT_CAMEL);
    pulse(
        session(
            CAT_CAMEL,
            SessionPhase.GET_READY,
            Optional.of(analyzer(CAT_CAMEL, AnalyzerState.NO_PERSON))));
    assertTrue(vm.guidance().visibleProperty().get());
    assertEquals("Step into the frame", vm.guidance().titleProperty().get());
    assertEquals(MORNING.steps().get(CAT_CAMEL).camera(), vm.guidance().guideProperty().get());
  }

  @Test
  void aCountingSnapshotReachesTheCueTempoAndHoldAndARepEventTheTempo() {
    started(CAT_CAMEL);
    Cue cue = new Cue(FormIssue.TOO_FAST, "Slow down", Severity.WARNING, Optional.empty(), 1);
    pulse(at(Phase.REST, 10.0, Optional.empty()));
    pulse(at(Phase.OUTWARD, 10.5, Optional.of(cue)));
    assertFalse(vm.guidance().visibleProperty().get());
    assertTrue(vm.cue().visibleProperty().get());
    assertEquals("Slow down", vm.cue().textProperty().get());
    assertEquals(Severity.WARNING, vm.cue().severityProperty().get());
    pulse(at(Phase.AT_END, 11.84, Optional.empty()));
    assertFalse(vm.cue().visibleProperty().get());
    assertEquals(1.3, vm.tempo().repSecondsProperty().get(), 1e-9);
    assertEquals(Phase.AT_END, vm.tempo().phaseProperty().get());
    events.add(rep(CAT_CAMEL, Optional.empty(), 1, 1));
    pulse(at(Phase.REST, 12.0, Optional.empty()));
    assertEquals(0, vm.tempo().repSecondsProperty().get());
    assertEquals(3.5, vm.tempo().lastRepSecondsProperty().get());
    assertEquals("1", vm.counter().countProperty().get());
  }

  private static SessionSnapshot at(Phase phase, double t, Optional<Cue> cue) {
    return session(
        CAT_CAMEL,
        SessionPhase.ACTIVE,
        Optional.of(analyzer(CAT_CAMEL, AnalyzerState.ACTIVE, phase, t, cue, Optional.empty())));
  }

  @Test
  void aRestCountsDownAndSaysWhatComesNext() {
    started(CAT_CAMEL);
    pulse(
        session(
            CAT_CAMEL,
            SessionPhase.REST,
            Optional.of(analyzer(CAT_CAMEL, AnalyzerState.ACTIVE)),
            7.2,
            10));
    assertTrue(vm.rest().restingProperty().get());
    assertEquals("8", vm.rest().countdownProperty().get());
    assertEquals("Next: Prayer stretch", vm.rest().nextStepProperty().get());
    assertEquals(0.72, vm.rest().fractionProperty().get(), 1e-9);
    assertFalse(vm.guidance().visibleProperty().get());
  }

  @Test
  void aLostCameraShowsWhyAndWaitsForTheUserBeforeTheSummary() {
    pulse(active(0), ended("camera /dev/video0 stopped delivering frames (unplugged?)."));
    events.add(new SessionEvent.SessionEnded(2, false));
    pulse(active(0));
    assertTrue(vm.problem().visibleProperty().get());
    assertTrue(vm.problem().textProperty().get().contains("unplugged"));
    assertTrue(vm.problem().textProperty().get().contains("saved"));
    clock += CoachViewModel.SUMMARY_DELAY_SECONDS + 5;
    pulse(active(0));
    assertFalse(vm.finishedProperty().get(), "the message stays until the user moves on");
    vm.continueToSummary();
    assertTrue(vm.finishedProperty().get());
  }

  @Test
  void aFinishedSessionLeavesForTheSummaryAfterAShortWhile() {
    events.add(new SessionEvent.SessionEnded(2, true));
    pulse(session(0, SessionPhase.DONE, Optional.empty()));
    assertTrue(vm.banner().visibleProperty().get(), "the session is over, and the banner says so");
    assertEquals("Well done — routine complete!", vm.banner().textProperty().get());
    assertFalse(vm.finishedProperty().get());
    clock += CoachViewModel.SUMMARY_DELAY_SECONDS;
    pulse(session(0, SessionPhase.DONE, Optional.empty()));
    assertTrue(vm.finishedProperty().get());
  }

  @Test
  void onceTheSessionIsOverEnterGoesStraightToTheSummary() {
    vm.continueToSummary();
    assertFalse(vm.finishedProperty().get(), "not while the session runs");
    events.add(new SessionEvent.SessionEnded(2, true));
    pulse(session(0, SessionPhase.DONE, Optional.empty()));
    vm.continueToSummary();
    assertTrue(vm.finishedProperty().get());
  }

  @Test
  void keysAreCommandsToTheSession() {
    vm.togglePause();
    vm.nextStep();
    vm.repeatStep();
    vm.endSession();
    assertEquals("pause skip repeat end ", controls.log.toString());
    assertFalse(vm.finishedProperty().get(), "Esc asks the engine to end; the summary follows");
    vm.continueToSummary();
    assertFalse(vm.finishedProperty().get(), "Enter does nothing while the session runs");
  }

  @Test
  void mutedRepsMakeNoSound() {
    vm.toggleMute();
    events.add(rep(CAT_CAMEL, Optional.empty(), 1, 1));
    pulse(active(0));
    assertEquals(0, chime.reps);
    assertTrue(vm.sound().keysHintProperty().get().endsWith("sound off"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "COMPLETED   | Cat-camel done: 20 of 20",
        "SKIPPED     | Cat-camel skipped at 20 of 20",
        "RESTARTED   | Cat-camel started again after 20 of 20",
        "PARTLY_DONE | Cat-camel partly done at 20 of 20",
        "ENDED_EARLY | Cat-camel ended early at 20 of 20"
      })
  void theBannerSaysHowAStepEnded(StepStatus status, String text) {
    assertEquals(text, CoachViewModel.stepEndedText("Cat-camel", status, "20 of 20"));
  }
}
