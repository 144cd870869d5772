package org.posecoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;

/**
 * The {@code pose} command's JSON: {@code {"model", "width", "height", "persons": [{"score",
 * "keypoints": [{"name", "x", "y", "score"}]}]}}, pixel coordinates, snake_case joint names.
 */
final class PoseJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PoseJson() {}

  static ObjectNode of(String model, int width, int height, List<Pose> persons) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("model", model);
    root.put("width", width);
    root.put("height", height);
    ArrayNode array = root.putArray("persons");
    for (Pose pose : persons) {
      ObjectNode person = array.addObject();
      person.put("score", round(pose.score(), 4));
      ArrayNode keypoints = person.putArray("keypoints");
      for (Keypoint k : pose.keypoints()) {
        ObjectNode kp = keypoints.addObject();
        kp.put("name", k.joint().snakeName());
        kp.put("x", round(k.x(), 2));
        kp.put("y", round(k.y(), 2));
        kp.put("score", round(k.score(), 4));
      }
    }
    return root;
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
