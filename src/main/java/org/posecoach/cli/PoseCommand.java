package org.posecoach.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.io.StagedOutputs;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
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

  @Mixin JsonOutput json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the image with the skeleton drawn.")
  Path out;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    new CommandFiles(spec.commandLine())
        .input("IMAGE", image)
        .output("--out", out)
        .output("--json", json.file)
        .requireDistinct();
    try (Mat bgr = ImageFiles.readBgr(image);
        PoseEstimator estimator = model.openEstimator(err)) {
      Optional<Pose> pose = estimator.estimate(bgr, 0);
      if (pose.isEmpty()) {
        err.println("no person found in " + image);
      }
      PoseJson document =
          PoseJson.of(model.id, bgr.cols(), bgr.rows(), pose.map(List::of).orElse(List.of()));
      if (out != null) {
        ImageFiles.checkWritable(out);
      }
      // Both files or neither: each is written beside its target and moved in at the end.
      try (StagedOutputs staged = StagedOutputs.open()) {
        if (json.file != null) {
          JsonOutput.writeTo(document, staged.stage(json.file));
        } else {
          json.write(document, spec.commandLine().getOut());
        }
        if (out != null) {
          pose.ifPresent(p -> SkeletonPainter.draw(bgr, p));
          ImageFiles.write(bgr, staged.stage(out));
        }
        staged.commit();
      } catch (IOException e) {
        throw new SourceException("Cannot write the results: " + e.getMessage(), e);
      }
    }
    err.flush();
    return 0;
  }
}
