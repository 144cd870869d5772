package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shapes and reshapes: reshaping, slicing, stacking and concatenating. Shapes are static, so on
 * constants these fold away at conversion time ({@code Shape → StridedSlice → Pack → Reshape}).
 */
final class ShapeOps {
  private ShapeOps() {}

  static void register(OpRegistry registry) {
    registry.register(ShapeOps::reshape, "Reshape");
    registry.register(ShapeOps::shape, "Shape");
    registry.register(ShapeOps::stridedSlice, "StridedSlice");
    registry.register(ShapeOps::pack, "Pack");
    registry.register(ShapeOps::unpack, "Unpack");
    registry.register(ShapeOps::expandDims, "ExpandDims");
    registry.register(ShapeOps::squeeze, "Squeeze");
    registry.register(ShapeOps::concat, "ConcatV2");
  }

  private static void reshape(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int[] requested = ctx.constInput(node, 1).toInts();
    int[] shape = resolveReshape(node, x.shape, requested);
    if (x.isConst()) {
      ctx.put(node, Value.constant(x.constant.reshape(shape)));
      return;
    }
    String target = ctx.int64Const(node.name() + "/shape", Shapes.toLongs(shape));
    ctx.put(
        node,
        Value.inTfLayout(
            ctx.emit("Reshape", node.name(), List.of(ctx.tfLayout(x), target)), x.dtype, shape));
  }

  private static int[] resolveReshape(TfjsNode node, int[] from, int[] requested) {
    int[] shape = requested.clone();
    int known = 1;
    int unknown = -1;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == -1) {
        if (unknown >= 0) {
          throw new ConversionException(node.where() + " has two unknown dimensions");
        }
        unknown = d;
      } else {
        known *= shape[d];
      }
    }
    int total = Shapes.size(from);
    if (unknown >= 0) {
      shape[unknown] = total / known;
    }
    if (Shapes.size(shape) != total) {
      throw new ConversionException(
          node.where()
              + " cannot reshape "
              + Arrays.toString(from)
              + " to "
              + Arrays.toString(requested));
    }
    return shape;
  }

  private static void shape(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    DType type = node.has("out_type") ? node.typeAttr("out_type") : DType.INT32;
    ctx.put(node, Value.constant(ConstTensor.vector(type, Shapes.toLongs(x.shape))));
  }

  private static void stridedSlice(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int[] begin = ctx.constInput(node, 1).toInts();
    int[] end = ctx.constInput(node, 2).toInts();
    int[] strides = ctx.constInput(node, 3).toInts();
    if (node.intAttr("ellipsis_mask", 0) != 0 || node.intAttr("new_axis_mask", 0) != 0) {
      throw new ConversionException(
          node.where() + " uses ellipsis or new-axis masks, which are unsupported");
    }
    long beginMask = node.intAttr("begin_mask", 0);
    long endMask = node.intAttr("end_mask", 0);
    long shrinkMask = node.intAttr("shrink_axis_mask", 0);
    int rank = x.rank();
    int[][] picks = new int[rank][];
    List<Integer> outShape = new ArrayList<>();
    List<Long> squeezeAxes = new ArrayList<>();
    long[] starts = new long[rank];
    long[] ends = new long[rank];
    long[] steps = new long[rank];
    for (int d = 0; d < rank; d++) {
      int dim = x.shape[d];
      if (d >= begin.length) { // unspecified trailing axes are taken whole
        picks[d] = range(0, dim, 1);
        starts[d] = 0;
        ends[d] = dim;
        steps[d] = 1;
        outShape.add(dim);
        continue;
      }
      int stride = strides[d];
      if (stride == 0) {
        throw new ConversionException(node.where() + " has stride 0");
      }
      boolean shrink = (shrinkMask >> d & 1) == 1;
      int b = begin[d] < 0 ? begin[d] + dim : begin[d];
      int e;
      if (shrink) {
        e = b + 1;
        stride = 1;
        squeezeAxes.add((long) d);
      } else if (stride > 0) {
        b = (beginMask >> d & 1) == 1 ? 0 : clamp(b, 0, dim);
        e = (endMask >> d & 1) == 1 ? dim : clamp(end[d] < 0 ? end[d] + dim : end[d], 0, dim);
      } else {
        b = (beginMask >> d & 1) == 1 ? dim - 1 : clamp(b, -1, dim - 1);
        e = (endMask >> d & 1) == 1 ? -1 : clamp(end[d] < 0 ? end[d] + dim : end[d], -1, dim - 1);
      }
      picks[d] = range(b, e, stride);
      starts[d] = b;
      // In ONNX a negative end counts from the back; "before index 0" must be spelled as MIN.
      ends[d] = e < 0 ? Long.MIN_VALUE : e;
      steps[d] = stride;
      if (!shrink) {
        outShape.add(picks[d].length);
      }
    }
    int[] out = outShape.stream().mapToInt(Integer::intValue).toArray();
    if (x.isConst()) {
      int[] sliced = new int[rank];
      for (int d = 0; d < rank; d++) {
        sliced[d] = picks[d].length;
      }
      ctx.put(node, Value.constant(ConstFolding.slice(x.constant, picks, sliced).reshape(out)));
      return;
    }
    String n = node.name();
    String y =
        ctx.emit(
            "Slice",
            n + (squeezeAxes.isEmpty() ? "" : "/slice"),
            List.of(
                ctx.tfLayout(x),
                ctx.int64Const(n + "/starts", starts),
                ctx.int64Const(n + "/ends", ends),
                ctx.int64Const(n + "/axes", Shapes.toLongs(Shapes.identity(rank))),
                ctx.int64Const(n + "/steps", steps)));
    if (!squeezeAxes.isEmpty()) {
      long[] axes = squeezeAxes.stream().mapToLong(Long::longValue).toArray();
      y = ctx.emit("Squeeze", n, List.of(y, ctx.int64Const(n + "/squeeze_axes", axes)));
    }
    ctx.put(node, Value.inTfLayout(y, x.dtype, out));
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static int[] range(int begin, int end, int stride) {
    int count =
        stride > 0
            ? Math.max(0, (end - begin + stride - 1) / stride)
            : Math.max(0, (begin - end - stride - 1) / -stride);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = begin + i * stride;
    }
    return out;
  }

  private static void pack(ConversionContext ctx, TfjsNode node) {
    int n = node.inputs().size();
    Value first = ctx.input(node, 0);
    int axis = Shapes.normalizeAxis((int) node.intAttr("axis", 0), first.rank() + 1);
    int[] partShape = Shapes.insertAxis(first.shape, axis, 1);
    boolean allConst = true;
    for (int i = 0; i < n; i++) {
      allConst &= ctx.input(node, i).isConst();
    }
    if (allConst) {
      ConstTensor[] parts = new ConstTensor[n];
      for (int i = 0; i < n; i++) {
        parts[i] = ctx.input(node, i).constant.reshape(partShape);
      }
      ctx.put(node, Value.constant(ConstFolding.concat(parts, axis)));
      return;
    }
    String axes = ctx.int64Const(node.name() + "/axes", axis);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(
          ctx.emit(
              "Unsqueeze",
              node.name() + "/part" + i,
              List.of(ctx.tfLayout(ctx.input(node, i)), axes)));
    }
    String y = ctx.emit("Concat", node.name(), parts, new Attr("axis", axis));
    ctx.put(node, Value.inTfLayout(y, first.dtype, Shapes.insertAxis(first.shape, axis, n)));
  }

  private static void unpack(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int axis = Shapes.normalizeAxis((int) node.intAttr("axis", 0), x.rank());
    int num = x.shape[axis];
    int[] partShape = Shapes.removeAxis(x.shape, axis);
    String name = node.name();
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < num; i++) {
      pieces.add(ctx.graph().fresh(name + "/split" + i));
    }
    ctx.graph()
        .addNode(
            "Split", List.of(ctx.tfLayout(x)), pieces, name + "/split", new Attr("axis", axis));
    String axes = ctx.int64Const(name + "/axes", axis);
    for (int i = 0; i < num; i++) {
      String y = ctx.emit("Squeeze", i == 0 ? name : name + ":" + i, List.of(pieces.get(i), axes));
      ctx.putValue(i == 0 ? name : name + ":" + i, Value.inTfLayout(y, x.dtype, partShape));
    }
  }

  private static void expandDims(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int axis = ctx.constInput(node, 1).toInts()[0];
    axis = Shapes.normalizeAxis(axis, x.rank() + 1);
    putWithAxes(ctx, node, "Unsqueeze", x, Shapes.insertAxis(x.shape, axis, 1), axis);
  }

  /**
   * Records {@code x} seen as {@code shape}: folded when constant, else through {@code onnxOp}
   * ({@code Squeeze} or {@code Unsqueeze}) on {@code axes}, which only adds or drops ones.
   */
  private static void putWithAxes(
      ConversionContext ctx, TfjsNode node, String onnxOp, Value x, int[] shape, long... axes) {
    if (x.isConst()) {
      ctx.put(node, Value.constant(x.constant.reshape(shape)));
      return;
    }
    String y =
        ctx.emit(
            onnxOp,
            node.name(),
            List.of(ctx.tfLayout(x), ctx.int64Const(node.name() + "/axes", axes)));
    ctx.put(node, Value.inTfLayout(y, x.dtype, shape));
  }

  private static void squeeze(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int[] dims = node.intsAttr("squeeze_dims");
    List<Integer> axes = new ArrayList<>();
    for (int d = 0; d < x.rank(); d++) {
      boolean listed = dims.length == 0 ? x.shape[d] == 1 : contains(dims, d, x.rank());
      if (listed) {
        if (x.shape[d] != 1) {
          throw new ConversionException(
              node.where() + " squeezes axis " + d + " of size " + x.shape[d]);
        }
        axes.add(d);
      }
    }
    int[] shape = new int[x.rank() - axes.size()];
    for (int d = 0, o = 0; d < x.rank(); d++) {
      if (!axes.contains(d)) {
        shape[o++] = x.shape[d];
      }
    }
    long[] axesArray = axes.stream().mapToLong(Integer::longValue).toArray();
    putWithAxes(ctx, node, "Squeeze", x, shape, axesArray);
  }

  private static boolean contains(int[] dims, int d, int rank) {
    for (int v : dims) {
      if ((v < 0 ? v + rank : v) == d) {
        return true;
      }
    }
    return false;
  }

  private static void concat(ConversionContext ctx, TfjsNode node) {
    int n = node.inputs().size() - 1; // the last input is the axis
    Value first = ctx.input(node, 0);
    int axis = Shapes.normalizeAxis(ctx.constInput(node, n).toInts()[0], first.rank());
    List<Value> parts = new ArrayList<>();
    boolean allConst = true;
    boolean anyNchw = false;
    boolean allRank4 = true;
    for (int i = 0; i < n; i++) {
      Value v = ctx.input(node, i);
      parts.add(v);
      allConst &= v.isConst();
      anyNchw |= v.prefersNchw();
      allRank4 &= v.rank() == 4;
    }
    int[] shape = first.shape.clone();
    shape[axis] = parts.stream().mapToInt(v -> v.shape[axis]).sum();
    if (allConst) {
      ctx.put(
          node,
          Value.constant(
              ConstFolding.concat(
                  parts.stream().map(v -> v.constant).toArray(ConstTensor[]::new), axis)));
      return;
    }
    if (allRank4 && anyNchw) {
      List<String> in = parts.stream().map(ctx::nchw).toList();
      String y = ctx.emit("Concat", node.name(), in, new Attr("axis", nchwAxis(axis)));
      ctx.put(node, Value.inNchw(y, first.dtype, shape));
      return;
    }
    List<String> in = parts.stream().map(ctx::tfLayout).toList();
    ctx.put(
        node,
        Value.inTfLayout(
            ctx.emit("Concat", node.name(), in, new Attr("axis", axis)), first.dtype, shape));
  }

  /** Where NHWC axis {@code axis} sits in NCHW. */
  private static int nchwAxis(int axis) {
    for (int i = 0; i < 4; i++) {
      if (Shapes.NHWC_TO_NCHW[i] == axis) {
        return i;
      }
    }
    throw new IllegalArgumentException("axis " + axis);
  }
}
