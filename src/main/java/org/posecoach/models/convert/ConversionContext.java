package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What op converters share during one conversion: the ONNX graph being built, the value each TF
 * tensor has become, and the layout bookkeeping. A value may live in TF layout, in NCHW or both;
 * {@link #tfLayout} and {@link #nchw} hand out the layout asked for, emitting a transpose (or the
 * held-back pad, or an initializer for a constant) only the first time it is needed.
 */
final class ConversionContext {
  private final TfjsModel model;
  private final OnnxGraph graph;
  private final Map<String, Value> values = new HashMap<>();

  ConversionContext(TfjsModel model, OnnxGraph graph) {
    this.model = model;
    this.graph = graph;
  }

  OnnxGraph graph() {
    return graph;
  }

  /** The weight stored for a {@code Const} node. */
  ConstTensor weight(TfjsNode node) {
    ConstTensor t = model.weights.get(node.name());
    if (t == null) {
      throw new ConversionException(node.where() + " has no entry in the weights manifest");
    }
    return t;
  }

  // ---------------------------------------------------------------- values

  /** Normalizes {@code node:0} to {@code node}, the key values are stored under. */
  private static String valueKey(String tensor) {
    return tensor.endsWith(":0") ? tensor.substring(0, tensor.length() - 2) : tensor;
  }

  /** The value of TF tensor {@code tensor} ({@code node} or {@code node:i}), or null if none. */
  Value value(String tensor) {
    return values.get(valueKey(tensor));
  }

  Value input(TfjsNode node, int i) {
    if (i >= node.inputs().size()) {
      throw new ConversionException(node.where() + " has no input " + i);
    }
    Value v = value(node.inputs().get(i));
    if (v == null) {
      throw new ConversionException(
          node.where() + " reads '" + node.inputs().get(i) + "', which produced no value");
    }
    return v;
  }

  ConstTensor constInput(TfjsNode node, int i) {
    Value v = input(node, i);
    if (!v.isConst()) {
      throw new ConversionException(
          node.where() + " needs input " + i + " to be constant; dynamic values are unsupported");
    }
    return v.constant;
  }

  /** Records {@code node}'s (first) output. */
  void put(TfjsNode node, Value v) {
    values.put(node.name(), v);
    recordShapes(v);
  }

  /** Records the value of TF tensor {@code tensor}, e.g. {@code node:1} of a multi-output op. */
  void putValue(String tensor, Value v) {
    values.put(valueKey(tensor), v);
    recordShapes(v);
  }

  /** Tells the graph the shape of every ONNX tensor holding {@code v}, for later rewrites. */
  private void recordShapes(Value v) {
    for (Layout layout : Layout.values()) {
      String name = v.onnxName(layout);
      if (name != null) {
        graph.recordShape(
            name, layout == Layout.NCHW ? Shapes.permute(v.shape, Shapes.NHWC_TO_NCHW) : v.shape);
      }
    }
  }

  // ---------------------------------------------------------------- layouts

  /** The ONNX tensor holding {@code v} in TF layout, emitting a transpose or pad if needed. */
  String tfLayout(Value v) {
    return inLayout(Layout.TF, v);
  }

  /** The ONNX tensor holding rank-4 {@code v} in NCHW layout. */
  String nchw(Value v) {
    return inLayout(Layout.NCHW, v);
  }

  /**
   * The ONNX tensor holding {@code v} in {@code layout}. The first time a layout is asked for, a
   * constant becomes an initializer arranged for it, a held-back pad is emitted, and any other
   * value is transposed from the layout it has.
   */
  private String inLayout(Layout layout, Value v) {
    if (layout == Layout.NCHW && v.rank() != 4) {
      throw new ConversionException(
          "expected a rank-4 image tensor, got shape " + Arrays.toString(v.shape));
    }
    String held = v.onnxName(layout);
    if (held != null) {
      return held;
    }
    if (v.isConst()) {
      held = graph.addInitializer(layout.initializerBase, layout.arrange(v.constant));
    } else if (v.pendingPad != null) {
      materializePad(v);
      return inLayout(layout, v);
    } else {
      String from = v.onnxName(layout.other());
      held =
          graph.add(
              "Transpose",
              from + layout.transposeSuffix,
              List.of(from),
              new Attr("perm", layout.fromOther));
    }
    v.hold(layout, held);
    recordShapes(v);
    return held;
  }

  /**
   * The result of a layout-agnostic op on {@code x}, run in the layout {@code x} already has so
   * that no transpose is added: {@code emit} gets the ONNX input and returns the ONNX output.
   */
  Value inSameLayout(Value x, DType dtype, UnaryOperator<String> emit) {
    Layout layout = x.preferredLayout();
    return Value.in(layout, emit.apply(inLayout(layout, x)), dtype, x.shape);
  }

  /** Emits the held-back pad of {@code v}, in the layout its source already lives in. */
  void materializePad(Value v) {
    Value src = v.pendingPad.source();
    int rank = src.rank();
    Layout layout = src.preferredLayout();
    int[] perm = layout == Layout.NCHW ? Shapes.NHWC_TO_NCHW : Shapes.identity(rank);
    long[] pads = new long[2 * rank];
    for (int d = 0; d < rank; d++) {
      pads[d] = v.pendingPad.pads()[2 * perm[d]];
      pads[rank + d] = v.pendingPad.pads()[2 * perm[d] + 1];
    }
    String data = inLayout(layout, src);
    String padsName = graph.addInitializer("pads", ConstTensor.vector(DType.INT64, pads));
    v.hold(
        layout,
        graph.add("Pad", data + "/pad", List.of(data, padsName), new Attr("mode", "constant")));
    recordShapes(v);
  }

  // ---------------------------------------------------------------- emitting

  /**
   * Emits a one-output ONNX node and returns its output's name, {@code outputBase} made unique.
   * This and the initializers below are all most converters need from the graph.
   */
  String emit(String op, String outputBase, List<String> in, Attr... attrs) {
    return graph.add(op, outputBase, in, attrs);
  }

  String initializer(String base, ConstTensor tensor) {
    return graph.addInitializer(base, tensor);
  }

  String int64Const(String base, long... values) {
    return graph.addInitializer(base, ConstTensor.vector(DType.INT64, values));
  }

  String floatScalar(String base, float value) {
    return graph.addInitializer(base, ConstTensor.scalar(value));
  }
}
