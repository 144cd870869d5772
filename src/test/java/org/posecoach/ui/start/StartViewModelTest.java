package org.posecoach.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.ui.AppConfig;

class StartViewModelTest {
  private static final RoutineLibrary LIBRARY = RoutineLibrary.scan(Path.of("routines"));

  private final List<SessionRequest> started = new ArrayList<>();

  private StartViewModel viewModel(List<String> cameras, boolean listed, AppConfig config) {
    return new StartViewModel(LIBRARY.routines(), List.of(), cameras, listed, config, started::add);
  }

  private static AppConfig config(String source, String routine, String model) {
    return new AppConfig(
        Path.of("routines"),
        Optional.ofNullable(routine),
        Optional.ofNullable(source),
        model,
        false,
        true);
  }

  @ParameterizedTest(name = "cameras [{0}], listable {1}, --source {2} → {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "            | true  | -    | DEMO   | No camera found. Use the demo clip or open a video file.",
        "/dev/video0 | true  | -    | CAMERA | 1 camera found.",
        "/dev/video0 /dev/video2 | true | - | CAMERA | 2 cameras found.",
        "/dev/video0 | true  | demo | DEMO   | 1 camera found.",
        "            | false | -    | CAMERA | Cameras cannot be listed here; camera 0 is tried when you start."
      })
  void theVideoSourceIsACameraWhenThereIsOneElseTheDemoClip(
      String cameras, boolean listed, String source, SourceChoice.Kind kind, String note) {
    List<String> found = cameras == null ? List.of() : Arrays.asList(cameras.strip().split("\\s+"));
    StartViewModel vm = viewModel(found, listed, config(source, null, "blazepose-full"));
    assertEquals(kind, vm.sourceProperty().get().kind());
    assertEquals(note, vm.cameraNoteProperty().get());
    assertEquals(listed && found.isEmpty(), vm.noCameraProperty().get());
    assertEquals(SourceChoice.DEMO, vm.sources().get(vm.sources().size() - 1), "demo offered last");
  }

  @Test
  void aVideoFileOnTheCommandLineIsOfferedAndChosen() {
    StartViewModel vm = viewModel(List.of(), true, config("/videos/my_routine.mp4", null, "x"));
    assertEquals(SourceChoice.Kind.FILE, vm.sourceProperty().get().kind());
    assertEquals("Video: my_routine.mp4", vm.sourceProperty().get().label());
    assertEquals("x", vm.modelProperty().get().id(), "an unlisted model is added, not dropped");
  }

  @Test
  void theMorningRoutineIsTheDefaultAndItsFirstStepSetsTheFramingGuide() {
    StartViewModel vm =
        viewModel(List.of("/dev/video0"), true, config(null, null, "blazepose-full"));
    assertEquals("Morning low back", vm.routineProperty().get().routine().name());
    assertTrue(
        vm.routineStepsProperty().get().startsWith("1  Lumbar rotation — 10 reps each side"));
    assertTrue(vm.routineStepsProperty().get().contains("3  Glute stretch — 10 s hold each side"));
    assertTrue(vm.placementTextProperty().get().startsWith("First: Lumbar rotation"));
    assertEquals("Default", vm.modelProperty().get().label());
  }

  @Test
  void theDemoClipRunsTheRoutinesCatCamelWithTheClipsSixReps() {
    StartViewModel vm =
        viewModel(List.of(), true, config(null, "morning-low-back", "blazepose-full"));
    assertEquals("1  Cat-camel — 6 reps", vm.routineStepsProperty().get());
    vm.start();
    assertEquals(1, started.size());
    SessionRequest request = started.get(0);
    assertEquals("Demo: Cat-camel", request.routine().name());
    assertEquals(3.0, request.routine().steps().get(0).tempo().minRepSeconds());
    assertEquals(SourceChoice.DEMO, request.source());
    assertTrue(vm.startDisabledBinding().get(), "no second start while preparing");
    vm.start();
    assertEquals(1, started.size(), "a second press while preparing starts nothing");
  }

  @Test
  void aFailedPreparationSaysWhyAndAllowsStartingAgain() {
    StartViewModel vm = viewModel(List.of(), true, config(null, null, "blazepose-full"));
    vm.start();
    vm.failed("Cannot open camera /dev/video0: busy");
    assertTrue(vm.statusIsErrorProperty().get());
    assertEquals("Cannot open camera /dev/video0: busy", vm.statusProperty().get());
    assertFalse(vm.startDisabledBinding().get());
  }

  @Test
  void aChosenVideoFileReplacesThePreviousOne(@TempDir Path dir) throws Exception {
    StartViewModel vm = viewModel(List.of(), true, config(null, null, "blazepose-full"));
    vm.useVideoFile(Files.writeString(dir.resolve("a.mp4"), "x"));
    vm.useVideoFile(Files.writeString(dir.resolve("b.mp4"), "x"));
    assertEquals("Video: b.mp4", vm.sourceProperty().get().label());
    assertEquals(1, vm.sources().stream().filter(c -> c.kind() == SourceChoice.Kind.FILE).count());
    vm.useVideoFile(null);
    assertEquals("Video: b.mp4", vm.sourceProperty().get().label(), "cancelling changes nothing");
  }

  @Test
  void withoutRoutinesStartIsOffAndTheProblemsAreShown() {
    StartViewModel vm =
        new StartViewModel(
            List.of(),
            List.of("routines/mine.yaml:3:8: step 1: unknown exercise 'situps'"),
            List.of(),
            true,
            config(null, null, "blazepose-full"),
            started::add);
    assertTrue(vm.startDisabledBinding().get());
    assertTrue(vm.problemsProperty().get().contains("unknown exercise"));
    assertTrue(vm.statusIsErrorProperty().get());
  }
}
