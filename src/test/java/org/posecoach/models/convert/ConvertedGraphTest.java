package org.posecoach.models.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.models.convert.onnx.Onnx.AttributeProto;
import org.posecoach.models.convert.onnx.Onnx.GraphProto;
import org.posecoach.models.convert.onnx.Onnx.ModelProto;
import org.posecoach.models.convert.onnx.Onnx.NodeProto;
import org.posecoach.models.convert.onnx.Onnx.TensorProto;
import org.posecoach.models.convert.onnx.Onnx.ValueInfoProto;

/** The ONNX model the converter writes, read back with the generated ONNX classes. */
class ConvertedGraphTest {
  @TempDir Path dir;

  /** A SAME 1×1 convolution with bias and Relu6 fused in, on a 1×2×3×2 NHWC image. */
  private ModelProto convertFusedConvolution() throws Exception {
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
            .input("image", "DT_FLOAT", 1, 2, 3, 2)
            .floats("w", new int[] {1, 1, 2, 3}, 1, 2, 3, 4, 5, 6)
            .floats("b", new int[] {3}, 0.5f, 0, -0.5f)
            .op("features", "_FusedConv2D", attrs, "image", "w", "b")
            .output("heatmap", "features:0");
    byte[] onnx = TfjsToOnnx.convert(g.write(dir), Map.of("id", "tiny")).onnx();
    return ModelProto.parseFrom(onnx);
  }

  @Test
  void modelDeclaresOpset17WithIrVersion8AndTheConverterInItsMetadata() throws Exception {
    ModelProto model = convertFusedConvolution();
    assertEquals(8, model.getIrVersion());
    assertEquals(1, model.getOpsetImportCount());
    assertEquals("", model.getOpsetImport(0).getDomain());
    assertEquals(17, model.getOpsetImport(0).getVersion());
    assertEquals("pose-coach", model.getProducerName());
    assertEquals(TfjsToOnnx.CONVERTER_VERSION, model.getProducerVersion());
    Map<String, String> meta =
        model.getMetadataPropsList().stream()
            .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue()));
    assertEquals("tiny", meta.get("id"));
    assertEquals("pose-coach tfjs-to-onnx " + TfjsToOnnx.CONVERTER_VERSION, meta.get("converter"));
  }

  @Test
  void imageStaysNhwcOutsideWhileTheConvolutionRunsInNchw() throws Exception {
    GraphProto graph = convertFusedConvolution().getGraph();
    assertEquals(
        List.of("Transpose", "Conv", "Clip", "Transpose", "Identity"),
        graph.getNodeList().stream().map(NodeProto::getOpType).toList());
    assertPort(graph.getInput(0), "image", 1, 2, 3, 2);
    assertEquals(1, graph.getInputCount());
    assertPort(graph.getOutput(0), "heatmap", 1, 2, 3, 3);
    assertEquals(1, graph.getOutputCount());
    NodeProto identity = graph.getNode(4);
    assertEquals(List.of("heatmap"), identity.getOutputList());
  }

  @Test
  void convolutionCarriesOnnxWeightsAndAttributes() throws Exception {
    GraphProto graph = convertFusedConvolution().getGraph();
    NodeProto conv = graph.getNode(1);
    assertEquals(3, conv.getInputCount()); // data, weights, bias
    TensorProto weights = initializer(graph, conv.getInput(1));
    assertEquals(
        List.of(3L, 2L, 1L, 1L), weights.getDimsList()); // TF [kh,kw,in,out] → [out,in,kh,kw]
    assertEquals(TensorProto.DataType.FLOAT_VALUE, weights.getDataType());
    assertEquals(3 * 2 * Float.BYTES, weights.getRawData().size());
    assertEquals(List.of(3L), initializer(graph, conv.getInput(2)).getDimsList());
    Map<String, AttributeProto> attrs =
        conv.getAttributeList().stream().collect(Collectors.toMap(AttributeProto::getName, a -> a));
    assertEquals(List.of(1L, 1L), attrs.get("kernel_shape").getIntsList());
    assertEquals(AttributeProto.AttributeType.INTS, attrs.get("kernel_shape").getType());
    assertEquals(List.of(0L, 0L, 0L, 0L), attrs.get("pads").getIntsList());
    assertEquals(1L, attrs.get("group").getI());
    assertEquals(AttributeProto.AttributeType.INT, attrs.get("group").getType());
  }

  private static TensorProto initializer(GraphProto graph, String name) {
    return graph.getInitializerList().stream()
        .filter(t -> t.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no initializer " + name));
  }

  private static void assertPort(ValueInfoProto port, String name, long... shape) {
    assertEquals(name, port.getName());
    assertEquals(TensorProto.DataType.FLOAT_VALUE, port.getType().getTensorType().getElemType());
    List<Long> dims =
        port.getType().getTensorType().getShape().getDimList().stream()
            .map(d -> d.getDimValue())
            .toList();
    assertEquals(Arrays.stream(shape).boxed().toList(), dims);
  }
}
