package org.posecoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.models.ModelStore;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.render.SkeletonPainter;
import org.posecoach.source.ImageFiles;
import org.posecoach.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pose IMAGE}: keypoints of the person in a still image, as JSON and a drawn skeleton. */
@Command(
    name = "pose",
    mixinStandardHelpOptions = true,
    description =
        "Find the person's pose in an image: keypoints as JSON, skeleton drawn on a copy.")
final class PoseCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "IMAGE", description = "A jpg, png, bmp or webp image.")
  Path image;

  @Mixin ModelOption model;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the JSON here instead of printing it.")
  Path json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the image with the skeleton drawn.")
  Path out;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    ModelStore store = ModelStore.openDefault();
    try (Mat bgr = ImageFiles.readBgr(image);
        PoseEstimator estimator =
            PoseEstimators.open(model.id, store, PoseEstimators.Options.DEFAULT, err::println)) {
      Optional<Pose> pose = estimator.estimate(bgr, 0);
      if (pose.isEmpty()) {
        err.println("no person found in " + image);
      }
      String text =
          PoseJson.MAPPER.writeValueAsString(
              PoseJson.of(model.id, bgr.cols(), bgr.rows(), pose.map(List::of).orElse(List.of())));
      if (json != null) {
        try {
          Files.writeString(json, text + System.lineSeparator());
        } catch (java.io.IOException e) {
          throw new SourceException("Cannot write '" + json + "': " + e.getMessage(), e);
        }
      } else {
        spec.commandLine().getOut().println(text);
      }
      if (out != null) {
        pose.ifPresent(p -> SkeletonPainter.draw(bgr, p));
        ImageFiles.write(bgr, out);
      }
    }
    err.flush();
    return 0;
  }
}
