package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.util.List;

/**
 * The ops that decode heatmaps into keypoints: the peak ({@code ArgMax}), its grid cell ({@code
 * FloorDiv}) and the values read there ({@code GatherNd}).
 */
final class DecodingOps {
  private DecodingOps() {}

  static void register(OpRegistry registry) {
    registry.register(DecodingOps::argMax, "ArgMax");
    registry.register(DecodingOps::gatherNd, "GatherNd");
    registry.register(DecodingOps::floorDiv, "FloorDiv");
  }

  private static void argMax(ConversionContext ctx, TfjsNode node) {
    OnnxGraph graph = ctx.graph();
    Value x = ctx.input(node, 0);
    int axis = Shapes.normalizeAxis(ctx.constInput(node, 1).toInts()[0], x.rank());
    DType outType = node.has("output_type") ? node.typeAttr("output_type") : DType.INT64;
    String y =
        graph.add(
            "ArgMax",
            node.name() + (outType == DType.INT64 ? "" : "/int64"),
            List.of(ctx.tfLayout(x)),
            new Attr("axis", axis),
            new Attr("keepdims", 0));
    if (outType != DType.INT64) {
      y = graph.add("Cast", node.name(), List.of(y), new Attr("to", outType.onnxCode));
    }
    ctx.put(node, Value.inTfLayout(y, outType, Shapes.removeAxis(x.shape, axis)));
  }

  private static void gatherNd(ConversionContext ctx, TfjsNode node) {
    OnnxGraph graph = ctx.graph();
    Value params = ctx.input(node, 0);
    Value indices = ctx.input(node, 1);
    int depth = indices.shape[indices.rank() - 1];
    int[] shape = new int[indices.rank() - 1 + params.rank() - depth];
    System.arraycopy(indices.shape, 0, shape, 0, indices.rank() - 1);
    System.arraycopy(params.shape, depth, shape, indices.rank() - 1, params.rank() - depth);
    String idx;
    if (indices.isConst()) {
      idx = graph.addInitializer(node.name() + "/indices", indices.constant.cast(DType.INT64));
    } else if (indices.dtype == DType.INT64) {
      idx = ctx.tfLayout(indices);
    } else {
      idx =
          graph.add(
              "Cast",
              node.name() + "/indices",
              List.of(ctx.tfLayout(indices)),
              new Attr("to", DType.INT64.onnxCode));
    }
    String y = graph.add("GatherND", node.name(), List.of(ctx.tfLayout(params), idx));
    ctx.put(node, Value.inTfLayout(y, params.dtype, shape));
  }

  /** Floor division: {@code Floor(a / b)} for floats; for integers, truncation corrected. */
  private static void floorDiv(ConversionContext ctx, TfjsNode node) {
    OnnxGraph graph = ctx.graph();
    Value a = ctx.input(node, 0);
    Value b = ctx.input(node, 1);
    int[] shape = Shapes.broadcast(a.shape, b.shape, node.where());
    if (a.isConst() && b.isConst()) {
      ctx.put(
          node,
          Value.constant(
              ConstFolding.binary(
                  node.where(),
                  a.constant,
                  b.constant,
                  (x, y) -> Math.floor((float) x / (float) y),
                  Math::floorDiv)));
      return;
    }
    String n = node.name();
    String x = ctx.tfLayout(a);
    String y = ctx.tfLayout(b);
    String q = graph.add("Div", n + "/trunc", List.of(x, y));
    if (!a.dtype.isInteger()) {
      ctx.put(node, Value.inTfLayout(graph.add("Floor", n, List.of(q)), a.dtype, shape));
      return;
    }
    // ONNX integer Div truncates toward zero; step down where the remainder's sign differs from
    // b's.
    String zero =
        graph.addInitializer(n + "/zero", ConstTensor.ofLongs(a.dtype, new int[0], new long[] {0}));
    String one =
        graph.addInitializer(n + "/one", ConstTensor.ofLongs(a.dtype, new int[0], new long[] {1}));
    String rem =
        graph.add("Sub", n + "/rem", List.of(x, graph.add("Mul", n + "/qb", List.of(q, y))));
    String inexact =
        graph.add(
            "Not", n + "/inexact", List.of(graph.add("Equal", n + "/exact", List.of(rem, zero))));
    String signsDiffer =
        graph.add(
            "Xor",
            n + "/signs",
            List.of(
                graph.add("Less", n + "/remneg", List.of(rem, zero)),
                graph.add("Less", n + "/bneg", List.of(y, zero))));
    String adjust = graph.add("And", n + "/adjust", List.of(inexact, signsDiffer));
    String stepped = graph.add("Sub", n + "/stepped", List.of(q, one));
    ctx.put(
        node, Value.inTfLayout(graph.add("Where", n, List.of(adjust, stepped, q)), a.dtype, shape));
  }
}
