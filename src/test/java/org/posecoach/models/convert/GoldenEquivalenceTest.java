package org.posecoach.models.convert;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_RGB2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.pose.OnnxModels;
import org.posecoach.pose.image.Roi;
import org.posecoach.pose.image.TensorInput;
import org.posecoach.source.ImageFiles;
import org.posecoach.testing.Models;

/**
 * The converted ONNX models give what the original TF.js models give. Goldens in {@code
 * models/goldens/} were produced by {@code generate.mjs} with TF.js's pure-JS CPU backend on three
 * inputs (two photos, one formula pattern); here the converted model runs through DJL on exactly
 * the same input values.
 *
 * <p>Tolerances: keypoint coordinates (normalized to the model input) and scores (after sigmoid,
 * for logits) within 1e-3; raw heatmaps and segmentation within 1e-2.
 */
class GoldenEquivalenceTest {
  private static final Path GOLDENS = Path.of("models", "goldens");
  private static final double KEYPOINT_TOLERANCE = 1e-3;
  private static final double HEATMAP_TOLERANCE = 1e-2;

  /** Returns every output by name. */
  static final class RawOutputs implements NoBatchifyTranslator<TensorInput, Map<String, float[]>> {
    @Override
    public NDList processInput(TranslatorContext ctx, TensorInput input) {
      return new NDList(ctx.getNDManager().create(input.data(), input.shape(), input.dataType()));
    }

    @Override
    public Map<String, float[]> processOutput(TranslatorContext ctx, NDList list) {
      Map<String, float[]> out = new HashMap<>();
      for (NDArray a : list) {
        out.put(a.getName(), a.toFloatArray());
      }
      return out;
    }
  }

  @ParameterizedTest(name = "{0} {1} matches TF.js on every golden input")
  @CsvSource({
    "movenet-lightning, ''",
    "movenet-thunder, ''",
    "blazepose-detector, ''",
    "blazepose-lite, ''",
    "blazepose-lite, no-segmentation",
    "blazepose-full, ''",
    "blazepose-full, no-segmentation",
    "blazepose-heavy, ''",
    "blazepose-heavy, no-segmentation"
  })
  void convertedModelMatchesTfjs(String id, String variant) throws Exception {
    JsonNode golden = new ObjectMapper().readTree(GOLDENS.resolve(id + ".json").toFile());
    Path onnx =
        variant.isEmpty()
            ? Models.onnx(id)
            : Models.store().ensure(id, variant, line -> System.err.println("[models] " + line));
    int compared = 0;
    try (Model model = OnnxModels.load(onnx);
        Predictor<TensorInput, Map<String, float[]>> predictor =
            model.newPredictor(new RawOutputs())) {
      for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("inputs").properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> input = it.next();
        JsonNode spec = input.getValue();
        int size = spec.get("size").asInt();
        JsonNode norm = spec.get("normalization");
        DataType type =
            norm.get("dtype").asText().equals("int32") ? DataType.INT32 : DataType.FLOAT32;
        try (TensorInput tensor =
                new TensorInput(
                    size, type, norm.get("scale").asDouble(), norm.get("offset").asDouble());
            Mat rgb = goldenImage(input.getKey(), size);
            Mat bgr = new Mat()) {
          cvtColor(rgb, bgr, COLOR_RGB2BGR); // fill reads BGR, as the sources give it
          // The whole square image as the ROI is an identity warp: the pixels go in unchanged.
          tensor.fill(bgr, Roi.letterbox(size, size));
          Map<String, float[]> outputs = predictor.predict(tensor);
          for (Iterator<Map.Entry<String, JsonNode>> o =
                  spec.get("outputs").properties().iterator();
              o.hasNext(); ) {
            Map.Entry<String, JsonNode> expected = o.next();
            String name = expected.getKey().replace(":0", "");
            float[] actual = outputs.get(name);
            if (actual == null && !variant.isEmpty()) {
              continue; // the variant leaves this output out on purpose
            }
            assertTrue(actual != null, id + " has no output " + name);
            compare(id + "/" + input.getKey() + "/" + name, name, actual, expected.getValue());
            compared++;
          }
        }
      }
    }
    // Three golden inputs; a no-segmentation variant keeps four of BlazePose's five outputs.
    int expected =
        variant.isEmpty() ? 3 * golden.get("inputs").get("pose").get("outputs").size() : 3 * 4;
    assertEquals(expected, compared, id + " " + variant + ": outputs compared");
  }

  /** The golden input image: a photo PNG cropped top-left, or the formula pattern. */
  private static Mat goldenImage(String name, int size) {
    if (name.equals("pattern")) {
      Mat rgb = new Mat(size, size, CV_8UC3);
      try (UByteIndexer idx = rgb.createIndexer()) {
        for (int y = 0; y < size; y++) {
          for (int x = 0; x < size; x++) {
            for (int c = 0; c < 3; c++) {
              int v = (x * 3 + y * 5 + c * 85) & 255;
              if ((((x >> 4) + (y >> 4)) & 1) == 1) {
                v = 255 - v;
              }
              idx.put(y, x, c, v);
            }
          }
        }
      }
      return rgb;
    }
    try (Mat bgr = ImageFiles.readBgr(GOLDENS.resolve("inputs").resolve(name + ".png"));
        Rect topLeft = new Rect(0, 0, size, size);
        Mat crop = new Mat(bgr, topLeft)) {
      Mat rgb = new Mat();
      cvtColor(crop, rgb, COLOR_BGR2RGB);
      return rgb;
    }
  }

  private static void compare(String what, String output, float[] actual, JsonNode expected) {
    assertEquals(expected.get("count").asInt(), actual.length, what + " element count");
    int stride = expected.get("stride").asInt();
    JsonNode values = expected.get("values");
    double worst = 0;
    int worstAt = -1;
    for (int i = 0; i < values.size(); i++) {
      int index = i * stride;
      double diff = difference(output, index, actual[index], values.get(i).asDouble());
      if (diff > worst) {
        worst = diff;
        worstAt = index;
      }
    }
    if (expected.has("scores")) { // the detector's full score column
      JsonNode scores = expected.get("scores");
      for (int b = 0; b < scores.size(); b++) {
        worst =
            Math.max(worst, Math.abs(sigmoid(actual[b * 13]) - sigmoid(scores.get(b).asDouble())));
      }
    }
    double tolerance = isHeatmap(output) ? HEATMAP_TOLERANCE : KEYPOINT_TOLERANCE;
    assertTrue(
        worst <= tolerance,
        what + ": max difference " + worst + " at index " + worstAt + " exceeds " + tolerance);
  }

  /** Difference in the output's natural unit: normalized coordinates, probabilities, metres. */
  private static double difference(String output, int index, double actual, double expected) {
    switch (output) {
      case "ld_3d": // 39 × (x, y, z in 256-px input, visibility and presence logits)
        return index % 5 < 3
            ? Math.abs(actual - expected) / 256
            : Math.abs(sigmoid(actual) - sigmoid(expected));
      case "person": // 2254 × (score logit, box and keypoints in 224-px input)
        return index % 13 == 0
            ? Math.abs(sigmoid(actual) - sigmoid(expected))
            : Math.abs(actual - expected) / 224;
      default: // already normalized, probabilities, or metres
        return Math.abs(actual - expected);
    }
  }

  private static boolean isHeatmap(String output) {
    return output.equals("activation_heatmap") || output.equals("activation_segmentation");
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
