package org.posecoach.models.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.models.convert.onnx.Onnx.AttributeProto;
import org.posecoach.models.convert.onnx.Onnx.ModelProto;
import org.posecoach.models.convert.onnx.Onnx.NodeProto;

/**
 * The graph rewrites ({@link BlockedLayoutRewrites}, {@link ConvBeforeResize}) change the graph's
 * shape, not its arithmetic: each test converts a small graph, checks which ops were emitted and
 * runs it against the sum done by hand.
 */
class BlockedLayoutRewritesTest {
  private static final String VALID_STRIDE_1 =
      "{\"padding\":{\"s\":\""
          + TinyGraph.b64("VALID")
          + "\"},\"strides\":{\"list\":{\"i\":[\"1\",\"1\",\"1\",\"1\"]}}}";
  private static final String SAME_STRIDE_1 =
      VALID_STRIDE_1.replace(TinyGraph.b64("VALID"), TinyGraph.b64("SAME"));

  @TempDir Path dir;

  @Test
  void residualRelu6AfterAPointwiseConvolutionBecomesOneConvolutionOverTheConcatenation()
      throws Exception {
    int c = 8;
    float[] w = random(c * c, 1);
    float[] x =
        random(2 * 2 * c, 2, 4f); // large enough that some sums pass 6 and some fall below 0
    ModelProto model = convert(residualBlock(c, w));

    assertEquals(
        List.of("Transpose", "Concat", "Conv", "Clip", "Transpose", "Identity"), ops(model));
    NodeProto conv = model.getGraph().getNode(2);
    assertEquals(List.of(8L, 16L, 1L, 1L), dims(model, conv.getInput(1)));

    float[] y = residualBlock(c, w).run(dir, "x", x, new long[] {1, 2, 2, c}, "y");
    assertArrayEquals(expectedResidual(x, w, c), y, 1e-5f);
  }

  @Test
  void channelsThatDoNotFillABlockKeepTheAdd() throws Exception {
    int c = 4;
    float[] w = random(c * c, 3);
    float[] x = random(2 * 2 * c, 4, 4f);
    ModelProto model = convert(residualBlock(c, w));

    assertEquals(List.of("Transpose", "Conv", "Add", "Clip", "Transpose", "Identity"), ops(model));
    float[] y = residualBlock(c, w).run(dir, "x", x, new long[] {1, 2, 2, c}, "y");
    assertArrayEquals(expectedResidual(x, w, c), y, 1e-5f);
  }

  @Test
  void aThreeByThreeConvolutionToOneChannelBecomesDepthwiseThenASum() throws Exception {
    int c = 8;
    int size = 4;
    float[] w = random(3 * 3 * c, 5); // TF layout [kh, kw, in, 1]
    float[] x = random(size * size * c, 6, 1f);
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, size, size, c)
            .floats("w", new int[] {3, 3, c, 1}, w)
            .op("y", "Conv2D", SAME_STRIDE_1, "x", "w")
            .output("y", "y:0");
    ModelProto model = convert(g);

    assertEquals(List.of("Transpose", "Conv", "Conv", "Transpose", "Identity"), ops(model));
    assertEquals(c, attr(model.getGraph().getNode(1), "group"));
    assertEquals(
        List.of(1L, (long) c, 1L, 1L), dims(model, model.getGraph().getNode(2).getInput(1)));

    float[] y = g.run(dir, "x", x, new long[] {1, size, size, c}, "y");
    float[] expected = new float[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        double sum = 0;
        for (int u = -1; u <= 1; u++) {
          for (int v = -1; v <= 1; v++) {
            if (i + u < 0 || i + u >= size || j + v < 0 || j + v >= size) {
              continue;
            }
            for (int k = 0; k < c; k++) {
              sum += x[((i + u) * size + (j + v)) * c + k] * w[((u + 1) * 3 + (v + 1)) * c + k];
            }
          }
        }
        expected[i * size + j] = (float) sum;
      }
    }
    assertArrayEquals(expected, y, 1e-5f);
  }

  @Test
  void aChannelReducingConvolutionAfterAnUpsamplingRunsBeforeIt() throws Exception {
    // Two channels (a, b) at 1×2, up-sampled to 1×4, then y = Relu(a − 2b).
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 1, 2, 2)
            .ints("size", new int[] {2}, 1, 4)
            .op(
                "up",
                "ResizeBilinear",
                "{\"align_corners\":{\"b\":false},\"half_pixel_centers\":{\"b\":true}}",
                "x",
                "size")
            .floats("w", new int[] {1, 1, 2, 1}, 1f, -2f)
            .op("conv", "Conv2D", VALID_STRIDE_1, "up", "w")
            .op("y", "Relu", "{}", "conv")
            .output("y", "y:0");
    List<String> ops = ops(convert(g));

    assertEquals(List.of("Conv", "Resize", "Relu"), ops.subList(1, 4), ops.toString());
    // a: 0, 8 → 0, 2, 6, 8; b: 4, 1 → 4, 3.25, 1.75, 1; a − 2b = −8, −4.5, 2.5, 6.
    float[] y = g.run(dir, "x", new float[] {0, 4, 8, 1}, new long[] {1, 1, 2, 2}, "y");
    assertArrayEquals(new float[] {0, 0, 2.5f, 6}, y, 1e-5f);
  }

  /** {@code y = Relu6(Conv1x1(x) + x)} on a 1×2×2×c input. */
  private static TinyGraph residualBlock(int c, float[] w) throws Exception {
    return new TinyGraph()
        .input("x", "DT_FLOAT", 1, 2, 2, c)
        .floats("w", new int[] {1, 1, c, c}, w)
        .op("conv", "Conv2D", VALID_STRIDE_1, "x", "w")
        .op("sum", "AddV2", "{}", "conv", "x")
        .op("y", "Relu6", "{}", "sum")
        .output("y", "y:0");
  }

  private static float[] expectedResidual(float[] x, float[] w, int c) {
    float[] y = new float[x.length];
    for (int p = 0; p < 4; p++) {
      for (int o = 0; o < c; o++) {
        double sum = x[p * c + o];
        for (int i = 0; i < c; i++) {
          sum += x[p * c + i] * w[i * c + o]; // TF weights [1, 1, in, out]
        }
        y[p * c + o] = (float) Math.min(Math.max(sum, 0), 6);
      }
    }
    return y;
  }

  private ModelProto convert(TinyGraph g) throws Exception {
    return ModelProto.parseFrom(TfjsToOnnx.convert(g.write(dir), Map.of()).onnx());
  }

  private static List<String> ops(ModelProto model) {
    return model.getGraph().getNodeList().stream().map(NodeProto::getOpType).toList();
  }

  private static List<Long> dims(ModelProto model, String initializer) {
    return model.getGraph().getInitializerList().stream()
        .filter(t -> t.getName().equals(initializer))
        .findFirst()
        .orElseThrow()
        .getDimsList();
  }

  private static long attr(NodeProto node, String name) {
    return node.getAttributeList().stream()
        .filter(a -> a.getName().equals(name))
        .mapToLong(AttributeProto::getI)
        .findFirst()
        .orElseThrow();
  }

  private static float[] random(int n, long seed) {
    return random(n, seed, 0.5f);
  }

  private static float[] random(int n, long seed, float scale) {
    Random r = new Random(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (r.nextFloat() * 2 - 1) * scale;
    }
    return v;
  }
}
