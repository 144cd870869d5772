package org.posecoach.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;
import org.posecoach.report.Rounding;

/**
 * The {@code pose} command's JSON: {@code {"model", "width", "height", "persons": [{"score",
 * "keypoints": [{"name", "x", "y", "score"}]}]}}, pixel coordinates to hundredths, scores to four
 * decimals, snake_case joint names.
 */
@JsonPropertyOrder({"model", "width", "height", "persons"})
record PoseJson(String model, int width, int height, List<Person> persons) {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final int PIXEL_DECIMALS = 2;
  private static final int SCORE_DECIMALS = 4;

  PoseJson {
    persons = List.copyOf(persons);
  }

  /** A person found in the image: how sure the model is, and each joint. */
  @JsonPropertyOrder({"score", "keypoints"})
  record Person(double score, List<Point> keypoints) {}

  /** A joint in image pixels. */
  @JsonPropertyOrder({"name", "x", "y", "score"})
  record Point(String name, double x, double y, double score) {}

  static PoseJson of(String model, int width, int height, List<Pose> persons) {
    return new PoseJson(model, width, height, persons.stream().map(PoseJson::person).toList());
  }

  private static Person person(Pose pose) {
    return new Person(
        Rounding.round(pose.score(), SCORE_DECIMALS),
        pose.keypoints().stream().map(PoseJson::point).toList());
  }

  private static Point point(Keypoint k) {
    return new Point(
        k.joint().snakeName(),
        Rounding.round(k.x(), PIXEL_DECIMALS),
        Rounding.round(k.y(), PIXEL_DECIMALS),
        Rounding.round(k.score(), SCORE_DECIMALS));
  }
}
