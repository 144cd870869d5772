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
    Value x = ctx.input(node, 0);
    int axis = Shapes.normalizeAxis(ctx.constInput(node, 1).toInts()[0], x.rank());
    DType outType = node.has("output_type") ? node.typeAttr("output_type") : DType.INT64;
    String y =
        ctx.emit(
            "ArgMax",
            node.name() + (outType == DType.INT64 ? "" : "/int64"),
            List.of(ctx.tfLayout(x)),
            new Attr("axis", axis),
            new Attr("keepdims", 0));
    if (outType != DType.INT64) {
      y = ctx.emit("Cast", node.name(), List.of(y), new Attr("to", outType.onnxCode));
    }
    ctx.put(node, Value.inTfLayout(y, outType, Shapes.removeAxis(x.shape, axis)));
  }

  private static void gatherNd(ConversionContext ctx, TfjsNode node) {
    Value params = ctx.input(node, 0);
    Value indices = ctx.input(node, 1);
    int depth = indices.shape[indices.rank() - 1];
    int[] shape = new int[indices.rank() - 1 + params.rank() - depth];
    System.arraycopy(indices.shape, 0, shape, 0, indices.rank() - 1);
    System.arraycopy(params.shape, depth, shape, indices.rank() - 1, params.rank() - depth);
    String idx;
    if (indices.isConst()) {
      idx = ctx.initializer(node.name() + "/indices", indices.constant.cast(DType.INT64));
    } else if (indices.dtype == DType.INT64) {
      idx = ctx.tfLayout(indices);
    } else {
      idx =
          ctx.emit(
              "Cast",
              node.name() + "/indices",
              List.of(ctx.tfLayout(indices)),
              new Attr("to", DType.INT64.onnxCode));
    }
    String y = ctx.emit("GatherND", node.name(), List.of(ctx.tfLayout(params), idx));
    ctx.put(node, Value.inTfLayout(y, params.dtype, shape));
  }

  /** Floor division: {@code Floor(a / b)} for floats; for integers, truncation corrected. */
  private static void floorDiv(ConversionContext ctx, TfjsNode node) {
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
    String q = ctx.emit("Div", n + "/trunc", List.of(x, y));
    if (!a.dtype.isInteger()) {
      ctx.put(node, Value.inTfLayout(ctx.emit("Floor", n, List.of(q)), a.dtype, shape));
      return;
    }
    // ONNX integer Div truncates toward zero; step down where the remainder's sign differs from
    // b's.
    String zero =
        ctx.initializer(n + "/zero", ConstTensor.ofLongs(a.dtype, new int[0], new long[] {0}));
    String one =
        ctx.initializer(n + "/one", ConstTensor.ofLongs(a.dtype, new int[0], new long[] {1}));
    String rem = ctx.emit("Sub", n + "/rem", List.of(x, ctx.emit("Mul", n + "/qb", List.of(q, y))));
    String inexact =
        ctx.emit(
            "Not", n + "/inexact", List.of(ctx.emit("Equal", n + "/exact", List.of(rem, zero))));
    String signsDiffer =
        ctx.emit(
            "Xor",
            n + "/signs",
            List.of(
                ctx.emit("Less", n + "/remneg", List.of(rem, zero)),
                ctx.emit("Less", n + "/bneg", List.of(y, zero))));
    String adjust = ctx.emit("And", n + "/adjust", List.of(inexact, signsDiffer));
    String stepped = ctx.emit("Sub", n + "/stepped", List.of(q, one));
    ctx.put(
        node, Value.inTfLayout(ctx.emit("Where", n, List.of(adjust, stepped, q)), a.dtype, shape));
  }
}
