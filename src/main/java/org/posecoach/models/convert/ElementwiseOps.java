package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Element-wise ops: broadcasting arithmetic (folded when both sides are small constants), unary
 * activations and casts. Each runs in whichever layout its operands already have, so that no
 * transpose is added around it.
 */
final class ElementwiseOps {
  /** Constant operands are folded only up to this size; larger results stay ONNX ops. */
  private static final int MAX_FOLD_ELEMENTS = 1 << 16;

  private ElementwiseOps() {}

  static void register(OpRegistry registry) {
    registry.register(
        (ctx, node) -> binary(ctx, node, "Add", (a, b) -> (float) a + (float) b, Long::sum),
        "AddV2",
        "Add");
    registry.register(
        (ctx, node) -> binary(ctx, node, "Sub", (a, b) -> (float) a - (float) b, (a, b) -> a - b),
        "Sub");
    registry.register(
        (ctx, node) -> binary(ctx, node, "Mul", (a, b) -> (float) a * (float) b, (a, b) -> a * b),
        "Mul");
    registry.register(
        (ctx, node) -> binary(ctx, node, "Div", (a, b) -> (float) a / (float) b, (a, b) -> a / b),
        "RealDiv");
    registry.register((ctx, node) -> binary(ctx, node, "Max", Math::max, Math::max), "Maximum");
    registry.register((ctx, node) -> binary(ctx, node, "Min", Math::min, Math::min), "Minimum");
    registry.register(ElementwiseOps::squaredDifference, "SquaredDifference");
    for (String op : List.of("Relu", "Sigmoid", "Sqrt", "Tanh", "Exp", "Neg", "Abs")) {
      // TF and ONNX share these names.
      registry.register((ctx, node) -> unary(ctx, node, op), op);
    }
    registry.register(ElementwiseOps::relu6, "Relu6");
    registry.register(ElementwiseOps::cast, "Cast");
  }

  private static void binary(
      ConversionContext ctx,
      TfjsNode node,
      String onnxOp,
      DoubleBinaryOperator onFloats,
      LongBinaryOperator onInts) {
    Value a = ctx.input(node, 0);
    Value b = ctx.input(node, 1);
    int[] shape = Shapes.broadcast(a.shape, b.shape, node.where());
    if (a.isConst() && b.isConst() && Shapes.size(shape) <= MAX_FOLD_ELEMENTS) {
      ctx.put(
          node,
          Value.constant(
              ConstFolding.binary(node.where(), a.constant, b.constant, onFloats, onInts)));
      return;
    }
    ctx.put(node, elementwise(ctx, onnxOp, node.name(), a, b, shape));
  }

  /** Emits a broadcasting binary op in whichever layout avoids transposes. */
  private static Value elementwise(
      ConversionContext ctx, String onnxOp, String name, Value a, Value b, int[] shape) {
    DType dtype = a.dtype;
    boolean useNchw =
        shape.length == 4
            && (a.prefersNchw() || b.prefersNchw())
            && canJoinNchw(a)
            && canJoinNchw(b);
    if (useNchw) {
      String y = ctx.emit(onnxOp, name, List.of(asNchwOperand(ctx, a), asNchwOperand(ctx, b)));
      return Value.inNchw(y, dtype, shape);
    }
    String y = ctx.emit(onnxOp, name, List.of(ctx.tfLayout(a), ctx.tfLayout(b)));
    return Value.inTfLayout(y, dtype, shape);
  }

  private static boolean canJoinNchw(Value v) {
    return v.rank() == 4 || v.isConst();
  }

  /** An operand of a broadcasting op in NCHW: rank-4 values transposed, constants re-laid. */
  private static String asNchwOperand(ConversionContext ctx, Value v) {
    if (v.rank() == 4) {
      return ctx.nchw(v);
    }
    if (v.constant.size() == 1) {
      return ctx.tfLayout(v);
    }
    ConstTensor widened = v.constant.reshape(Shapes.padLeft(v.shape, 4));
    return ctx.initializer("const_nchw", widened.transpose(Shapes.NHWC_TO_NCHW));
  }

  private static void squaredDifference(ConversionContext ctx, TfjsNode node) {
    Value a = ctx.input(node, 0);
    Value b = ctx.input(node, 1);
    int[] shape = Shapes.broadcast(a.shape, b.shape, node.where());
    Value diff = elementwise(ctx, "Sub", node.name() + "/diff", a, b, shape);
    ctx.put(node, elementwise(ctx, "Mul", node.name(), diff, diff, shape));
  }

  private static void unary(ConversionContext ctx, TfjsNode node, String onnxOp) {
    Value x = ctx.input(node, 0);
    ctx.put(node, ctx.inSameLayout(x, x.dtype, in -> ctx.emit(onnxOp, node.name(), List.of(in))));
  }

  static String clip6(ConversionContext ctx, String x, String base) {
    return ctx.emit(
        "Clip",
        base + "/relu6",
        List.of(x, ctx.floatScalar(base + "/zero", 0f), ctx.floatScalar(base + "/six", 6f)));
  }

  private static void relu6(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    ctx.put(node, ctx.inSameLayout(x, x.dtype, in -> clip6(ctx, in, node.name())));
  }

  private static void cast(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    DType to = node.typeAttr("DstT");
    if (x.isConst()) {
      ctx.put(node, Value.constant(x.constant.cast(to)));
    } else if (to == x.dtype) {
      ctx.put(node, x);
    } else {
      Attr toAttr = new Attr("to", to.onnxCode);
      ctx.put(
          node, ctx.inSameLayout(x, to, in -> ctx.emit("Cast", node.name(), List.of(in), toAttr)));
    }
  }
}
