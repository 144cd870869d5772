package org.posecoach.models.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single-op semantics of the converter, checked by running the ONNX result. */
class TfjsToOnnxTest {
  @TempDir Path dir;

  @Test
  void unknownOpFailsNamingTheOpAndTheNode() throws Exception {
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 4)
            .op("my/strange/node", "Erfinv", "{}", "x")
            .output("y", "my/strange/node:0");
    ConversionException e =
        assertThrows(ConversionException.class, () -> TfjsToOnnx.convert(g.write(dir), Map.of()));
    assertTrue(e.getMessage().contains("Erfinv"), e.getMessage());
    assertTrue(e.getMessage().contains("my/strange/node"), e.getMessage());
  }

  @Test
  void floorDivisionRoundsTowardsMinusInfinityForNegativeIntegers() throws Exception {
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_INT32", 6)
            .ints("y", new int[] {6}, 3, 3, -3, -3, 4, 1)
            .op("q", "FloorDiv", "{}", "x", "y")
            .output("q", "q:0");
    float[] q = g.run(dir, "x", new int[] {7, -7, 7, -7, -8, 0}, new long[] {6}, "q");
    assertArrayEquals(new float[] {2, -3, -3, 2, -2, 0}, q);
  }

  @Test
  void stridedSliceHonoursMasksNegativeStridesAndShrink() throws Exception {
    // x[0, ::-2] on a 1×5 input: shrink axis 0, walk axis 1 backwards in steps of 2.
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 5)
            .ints("b", new int[] {2}, 0, 0)
            .ints("e", new int[] {2}, 1, 0)
            .ints("s", new int[] {2}, 1, -2)
            .op(
                "y",
                "StridedSlice",
                "{\"begin_mask\":{\"i\":\"2\"},\"end_mask\":{\"i\":\"2\"},\"shrink_axis_mask\":{\"i\":\"1\"}}",
                "x",
                "b",
                "e",
                "s")
            .output("y", "y:0");
    float[] y = g.run(dir, "x", new float[] {10, 11, 12, 13, 14}, new long[] {1, 5}, "y");
    assertArrayEquals(new float[] {14, 12, 10}, y);
  }

  @Test
  void zeroPadBeforeAValidConvolutionBecomesTheConvolutionsPadding() throws Exception {
    // A 3×3 box filter over a 1-pixel zero border: the output keeps the input size, and the
    // corner sums only the four pixels inside.
    String sameAsTf =
        "{\"padding\":{\"s\":\""
            + TinyGraph.b64("VALID")
            + "\"},"
            + "\"strides\":{\"list\":{\"i\":[\"1\",\"1\",\"1\",\"1\"]}}}";
    float[] ones = new float[9];
    java.util.Arrays.fill(ones, 1f);
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 3, 3, 1)
            .ints("p", new int[] {4, 2}, 0, 0, 1, 1, 1, 1, 0, 0)
            .op("padded", "Pad", "{}", "x", "p")
            .floats("w", new int[] {3, 3, 1, 1}, ones)
            .op("y", "DepthwiseConv2dNative", sameAsTf, "padded", "w")
            .output("y", "y:0");
    Path json = g.write(dir);
    TfjsToOnnx.Conversion c = TfjsToOnnx.convert(json, Map.of());
    assertTrue(
        !new String(c.onnx(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Pad"),
        "the Pad should have been folded into the convolution");
    float[] y =
        g.run(dir, "x", new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new long[] {1, 3, 3, 1}, "y");
    assertArrayEquals(new float[] {12, 21, 16, 27, 45, 33, 24, 39, 28}, y, 1e-5f);
  }

  @Test
  void resizeBilinearWithHalfPixelCentersMatchesTensorFlow() throws Exception {
    // 1×2 → 1×4 with half-pixel centres: samples at -0.25, 0.25, 0.75, 1.25 → clamp, lerp.
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 1, 2, 1)
            .ints("size", new int[] {2}, 1, 4)
            .op(
                "y",
                "ResizeBilinear",
                "{\"align_corners\":{\"b\":false},\"half_pixel_centers\":{\"b\":true}}",
                "x",
                "size")
            .output("y", "y:0");
    float[] y = g.run(dir, "x", new float[] {0, 8}, new long[] {1, 1, 2, 1}, "y");
    assertArrayEquals(new float[] {0, 2, 6, 8}, y, 1e-5f);
  }

  @Test
  void resizeBilinearWithAlignedCornersKeepsTheCorners() throws Exception {
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 1, 2, 1)
            .ints("size", new int[] {2}, 1, 3)
            .op(
                "y",
                "ResizeBilinear",
                "{\"align_corners\":{\"b\":true},\"half_pixel_centers\":{\"b\":false}}",
                "x",
                "size")
            .output("y", "y:0");
    float[] y = g.run(dir, "x", new float[] {0, 8}, new long[] {1, 1, 2, 1}, "y");
    assertArrayEquals(new float[] {0, 4, 8}, y, 1e-5f);
  }

  @Test
  void fusedConvolutionAppliesBiasThenRelu6() throws Exception {
    String attrs =
        "{\"padding\":{\"s\":\""
            + TinyGraph.b64("SAME")
            + "\"},"
            + "\"strides\":{\"list\":{\"i\":[\"1\",\"1\",\"1\",\"1\"]}},"
            + "\"fused_ops\":{\"list\":{\"s\":[\""
            + TinyGraph.b64("BiasAdd")
            + "\",\""
            + TinyGraph.b64("Relu6")
            + "\"]}}}";
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 1, 3, 1)
            .floats("w", new int[] {1, 1, 1, 2}, 1f, -1f)
            .floats("b", new int[] {2}, 1f, 0.5f)
            .op("y", "_FusedConv2D", attrs, "x", "w", "b")
            .output("y", "y:0");
    float[] y = g.run(dir, "x", new float[] {-3, 2, 9}, new long[] {1, 1, 3, 1}, "y");
    // Channel 0: x + 1 clipped to [0, 6]; channel 1: -x + 0.5 clipped. NHWC order.
    assertArrayEquals(new float[] {0, 3.5f, 3, 0, 6, 0}, y, 1e-5f);
  }

  @Test
  void depthToSpaceUsesTensorFlowsChannelOrder() throws Exception {
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 1, 1, 4)
            .op("y", "DepthToSpace", "{\"block_size\":{\"i\":\"2\"}}", "x")
            .output("y", "y:0");
    float[] y = g.run(dir, "x", new float[] {1, 2, 3, 4}, new long[] {1, 1, 1, 4}, "y");
    assertArrayEquals(new float[] {1, 2, 3, 4}, y); // row-major 2×2: (0,0)=1 (0,1)=2 (1,0)=3
  }

  @Test
  void conversionIsDeterministic() throws Exception {
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 4)
            .floats("k", new int[] {4}, 1, 2, 3, 4)
            .op("y", "Mul", "{}", "x", "k")
            .output("y", "y:0");
    Path json = g.write(dir);
    byte[] first = TfjsToOnnx.convert(json, Map.of("b", "2", "a", "1")).onnx();
    byte[] second = TfjsToOnnx.convert(json, Map.of("a", "1", "b", "2")).onnx();
    assertArrayEquals(first, second);
  }

  @Test
  void truncatedWeightsFailWithAClearMessage() throws Exception {
    TinyGraph g =
        new TinyGraph()
            .input("x", "DT_FLOAT", 1, 4)
            .floats("k", new int[] {4}, 1, 2, 3, 4)
            .op("y", "Mul", "{}", "x", "k")
            .output("y", "y:0");
    Path json = g.write(dir);
    Files.write(dir.resolve("weights.bin"), new byte[6]);
    ConversionException e =
        assertThrows(ConversionException.class, () -> TfjsToOnnx.convert(json, Map.of()));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void halfPrecisionDecodesExactly() {
    assertEquals(1.0f, Float16.toFloat((short) 0x3c00));
    assertEquals(-2.0f, Float16.toFloat((short) 0xc000));
    assertEquals(65504f, Float16.toFloat((short) 0x7bff));
    assertEquals(0x1p-24f, Float16.toFloat((short) 0x0001)); // smallest subnormal
    assertEquals(Float.POSITIVE_INFINITY, Float16.toFloat((short) 0x7c00));
    assertTrue(Float.isNaN(Float16.toFloat((short) 0x7e00)));
  }

  @Test
  void transposeReordersAxes() {
    ConstTensor t = ConstTensor.ofFloats(new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6});
    ConstTensor tt = t.transpose(new int[] {1, 0});
    assertArrayEquals(new int[] {3, 2}, tt.shape);
    assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, tt.floatsCopy());
  }
}
