package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts a TF.js graph model ({@code model.json} + weight shards) into an ONNX model (opset 17).
 *
 * <p>How it works: nodes reachable from the signature outputs are visited in topological order;
 * each becomes zero or more ONNX nodes. Shapes are static (an unknown batch becomes 1), so shape
 * arithmetic ({@code Shape → StridedSlice → Pack → Reshape}) folds away at conversion time. Images
 * stay NHWC at the model's inputs and outputs, as in TF.js; inside, convolutions run in ONNX's NCHW
 * and values are transposed only where a layout-sensitive op needs the other layout. A zero {@code
 * Pad} in front of a convolution becomes the convolution's own padding.
 *
 * <pre>{@code
 * Conversion c = TfjsToOnnx.convert(Path.of("movenet-lightning.json"), Map.of("id", "movenet-lightning"));
 * Files.write(Path.of("movenet-lightning.onnx"), c.onnx());
 * }</pre>
 *
 * <p>An op outside the supported set fails with a {@link ConversionException} naming the op and the
 * node.
 */
public final class TfjsToOnnx {
  /** Bumped whenever the produced bytes change, so cached conversions are redone. */
  public static final String CONVERTER_VERSION = "1";

  /** A finished conversion. */
  public record Conversion(byte[] onnx, int tfNodes, int onnxNodes, List<String> outputs) {}

  private static final int MAX_FOLD_ELEMENTS = 1 << 16;

  private final TfjsModel model;
  private final OnnxGraph graph = new OnnxGraph();
  private final Map<String, Value> values = new HashMap<>();

  private TfjsToOnnx(TfjsModel model) {
    this.model = model;
  }

  /**
   * Converts the graph model at {@code modelJson}.
   *
   * @param metadata key/value pairs stored in the ONNX model's {@code metadata_props}
   * @throws ConversionException when the model uses an unsupported op or is inconsistent
   */
  public static Conversion convert(Path modelJson, Map<String, String> metadata)
      throws IOException {
    return convert(modelJson, metadata, null);
  }

  /**
   * Like {@link #convert(Path, Map)}, keeping only the signature outputs named in {@code keep} (all
   * when null); the parts of the graph only they need are left out.
   */
  public static Conversion convert(
      Path modelJson, Map<String, String> metadata, java.util.Set<String> keep) throws IOException {
    TfjsModel model = TfjsModel.read(modelJson);
    if (keep != null) {
      model = model.withOutputs(keep);
    }
    TfjsToOnnx converter = new TfjsToOnnx(model);
    for (TfjsModel.Port out : model.outputs) {
      converter.graph.reserve(outputName(out));
    }
    List<TfjsNode> order = converter.topologicalOrder();
    for (TfjsNode node : order) {
      try {
        converter.convertNode(node);
      } catch (ConversionException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ConversionException("cannot convert " + node.where() + ": " + e.getMessage(), e);
      }
    }
    List<String> outputs = converter.bindOutputs();
    converter.graph.prune();
    // Sorted, so that the bytes never depend on the caller's map order.
    Map<String, String> meta = new java.util.TreeMap<>(metadata);
    meta.put("converter", "pose-coach tfjs-to-onnx " + CONVERTER_VERSION);
    if (!model.convertedBy.isEmpty()) {
      meta.put("tfjs_converted_by", model.convertedBy);
    }
    byte[] bytes = converter.graph.toModelProto("pose-coach", CONVERTER_VERSION, meta);
    return new Conversion(bytes, order.size(), converter.graph.nodeCount(), outputs);
  }

  // ---------------------------------------------------------------- graph walking

  private List<TfjsNode> topologicalOrder() {
    Map<String, TfjsNode> byName = new HashMap<>();
    for (TfjsNode n : model.nodes) {
      byName.put(n.name(), n);
    }
    List<TfjsNode> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Set<String> visiting = new HashSet<>();
    for (TfjsModel.Port out : model.outputs) {
      // Iterative DFS: deep graphs would overflow a recursive one.
      Deque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {nodeName(out.tensor()), 0});
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        String name = (String) top[0];
        TfjsNode node = byName.get(name);
        if (node == null) {
          throw new ConversionException("graph refers to a missing node '" + name + "'");
        }
        if (done.contains(name)) {
          stack.pop();
          continue;
        }
        visiting.add(name);
        int next = (int) top[1];
        if (next < node.inputs().size()) {
          top[1] = next + 1;
          String dep = nodeName(node.inputs().get(next));
          if (!done.contains(dep)) {
            if (visiting.contains(dep)) {
              throw new ConversionException("graph has a cycle through '" + dep + "'");
            }
            stack.push(new Object[] {dep, 0});
          }
        } else {
          stack.pop();
          visiting.remove(name);
          done.add(name);
          order.add(node);
        }
      }
    }
    return order;
  }

  /** The ONNX output is named after the signature key, without a {@code :0} suffix. */
  private static String outputName(TfjsModel.Port out) {
    return nodeName(out.key());
  }

  private static String nodeName(String tensor) {
    int colon = tensor.indexOf(':');
    return colon < 0 ? tensor : tensor.substring(0, colon);
  }

  /** Normalizes {@code node:0} to {@code node}, the key values are stored under. */
  private static String valueKey(String tensor) {
    return tensor.endsWith(":0") ? tensor.substring(0, tensor.length() - 2) : tensor;
  }

  private Value input(TfjsNode node, int i) {
    if (i >= node.inputs().size()) {
      throw new ConversionException(node.where() + " has no input " + i);
    }
    Value v = values.get(valueKey(node.inputs().get(i)));
    if (v == null) {
      throw new ConversionException(
          node.where() + " reads '" + node.inputs().get(i) + "', which produced no value");
    }
    return v;
  }

  private ConstTensor constInput(TfjsNode node, int i) {
    Value v = input(node, i);
    if (!v.isConst()) {
      throw new ConversionException(
          node.where() + " needs input " + i + " to be constant; dynamic values are unsupported");
    }
    return v.constant;
  }

  private void put(TfjsNode node, Value v) {
    values.put(node.name(), v);
  }

  private List<String> bindOutputs() {
    List<String> names = new ArrayList<>();
    for (TfjsModel.Port out : model.outputs) {
      Value v = values.get(valueKey(out.tensor()));
      if (v == null || v.isConst()) {
        throw new ConversionException("signature output '" + out.key() + "' has no computed value");
      }
      String name = outputName(out);
      graph.addNode("Identity", List.of(tfLayout(v)), List.of(name), name);
      graph.addOutput(name, v.dtype, v.shape);
      names.add(name);
    }
    return names;
  }

  // ---------------------------------------------------------------- layouts

  /** The ONNX tensor holding {@code v} in TF layout, emitting a transpose or pad if needed. */
  private String tfLayout(Value v) {
    if (v.tfLayoutName != null) {
      return v.tfLayoutName;
    }
    if (v.isConst()) {
      v.tfLayoutName = graph.addInitializer("const", v.constant);
    } else if (v.pendingPad != null) {
      materializePad(v);
      return tfLayout(v);
    } else {
      v.tfLayoutName =
          graph.add(
              "Transpose",
              v.nchwName + "/nhwc",
              List.of(v.nchwName),
              new Attr("perm", Shapes.NCHW_TO_NHWC));
    }
    return v.tfLayoutName;
  }

  /** The ONNX tensor holding rank-4 {@code v} in NCHW layout. */
  private String nchw(Value v) {
    if (v.rank() != 4) {
      throw new ConversionException(
          "expected a rank-4 image tensor, got shape " + Arrays.toString(v.shape));
    }
    if (v.nchwName != null) {
      return v.nchwName;
    }
    if (v.isConst()) {
      v.nchwName = graph.addInitializer("const_nchw", v.constant.transpose(Shapes.NHWC_TO_NCHW));
    } else if (v.pendingPad != null) {
      materializePad(v);
      return nchw(v);
    } else {
      v.nchwName =
          graph.add(
              "Transpose",
              v.tfLayoutName + "/nchw",
              List.of(v.tfLayoutName),
              new Attr("perm", Shapes.NHWC_TO_NCHW));
    }
    return v.nchwName;
  }

  private void materializePad(Value v) {
    Value src = v.pendingPad.source();
    int rank = src.rank();
    boolean inNchw = src.prefersNchw();
    int[] perm = inNchw ? Shapes.NHWC_TO_NCHW : identity(rank);
    long[] pads = new long[2 * rank];
    for (int d = 0; d < rank; d++) {
      pads[d] = v.pendingPad.pads()[2 * perm[d]];
      pads[rank + d] = v.pendingPad.pads()[2 * perm[d] + 1];
    }
    String data = inNchw ? nchw(src) : tfLayout(src);
    String padsName = graph.addInitializer("pads", ConstTensor.vector(DType.INT64, pads));
    String out =
        graph.add("Pad", data + "/pad", List.of(data, padsName), new Attr("mode", "constant"));
    if (inNchw) {
      v.nchwName = out;
    } else {
      v.tfLayoutName = out;
    }
  }

  private static int[] identity(int rank) {
    int[] p = new int[rank];
    for (int i = 0; i < rank; i++) {
      p[i] = i;
    }
    return p;
  }

  private String int64Const(String base, long... values) {
    return graph.addInitializer(base, ConstTensor.vector(DType.INT64, values));
  }

  private String floatScalar(String base, float value) {
    return graph.addInitializer(base, ConstTensor.scalar(value));
  }

  // ---------------------------------------------------------------- ops

  private void convertNode(TfjsNode node) {
    switch (node.op()) {
      case "Const" -> {
        ConstTensor t = model.weights.get(node.name());
        if (t == null) {
          throw new ConversionException(node.where() + " has no entry in the weights manifest");
        }
        put(node, Value.constant(t));
      }
      case "Placeholder" -> placeholder(node);
      case "Identity", "StopGradient", "Snapshot" -> put(node, input(node, 0));
      case "Conv2D", "_FusedConv2D" -> conv(node, false);
      case "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative" -> conv(node, true);
      case "MaxPool" -> maxPool(node);
      case "Pad", "PadV2" -> pad(node);
      case "ResizeBilinear" -> resizeBilinear(node);
      case "DepthToSpace" -> depthToSpace(node);
      case "AddV2", "Add" -> binary(node, "Add", (a, b) -> (float) a + (float) b, Long::sum);
      case "Sub" -> binary(node, "Sub", (a, b) -> (float) a - (float) b, (a, b) -> a - b);
      case "Mul" -> binary(node, "Mul", (a, b) -> (float) a * (float) b, (a, b) -> a * b);
      case "RealDiv" -> binary(node, "Div", (a, b) -> (float) a / (float) b, (a, b) -> a / b);
      case "Maximum" -> binary(node, "Max", Math::max, Math::max);
      case "Minimum" -> binary(node, "Min", Math::min, Math::min);
      case "SquaredDifference" -> squaredDifference(node);
      case "FloorDiv" -> floorDiv(node);
      case "Relu" -> unary(node, "Relu");
      case "Sigmoid" -> unary(node, "Sigmoid");
      case "Sqrt" -> unary(node, "Sqrt");
      case "Tanh" -> unary(node, "Tanh");
      case "Exp" -> unary(node, "Exp");
      case "Neg" -> unary(node, "Neg");
      case "Abs" -> unary(node, "Abs");
      case "Relu6" -> relu6(node);
      case "Cast" -> cast(node);
      case "Reshape" -> reshape(node);
      case "Shape" -> shape(node);
      case "StridedSlice" -> stridedSlice(node);
      case "Pack" -> pack(node);
      case "Unpack" -> unpack(node);
      case "ExpandDims" -> expandDims(node);
      case "Squeeze" -> squeeze(node);
      case "ConcatV2" -> concat(node);
      case "ArgMax" -> argMax(node);
      case "GatherNd" -> gatherNd(node);
      default ->
          throw new ConversionException(
              "unsupported op '" + node.op() + "' at node '" + node.name() + "'");
    }
  }

  private void placeholder(TfjsNode node) {
    DType dtype = node.typeAttr("dtype");
    int[] shape = node.shapeAttr("shape");
    graph.addInput(node.name(), dtype, shape);
    put(node, Value.inTfLayout(node.name(), dtype, shape));
  }

  private static String requireNhwc(TfjsNode node) {
    String format = node.stringAttr("data_format", "NHWC");
    if (!format.equals("NHWC")) {
      throw new ConversionException(
          node.where() + " uses data_format " + format + "; only NHWC is supported");
    }
    return format;
  }

  /** Conv2D / depthwise conv, fused or not: Conv [+ bias] [+ activation] in NCHW. */
  private void conv(TfjsNode node, boolean depthwise) {
    requireNhwc(node);
    Value x = input(node, 0);
    ConstTensor w = constInput(node, 1);
    int kh = w.shape[0];
    int kw = w.shape[1];
    int[] strides = orDefault(node.intsAttr("strides"), 1, 1, 1, 1);
    int[] dilations = orDefault(node.intsAttr("dilations"), 1, 1, 1, 1);
    if (strides[0] != 1 || strides[3] != 1) {
      throw new ConversionException(node.where() + " strides over batch or channels");
    }

    // A zero pad of H and W in front becomes part of this convolution's padding.
    int[] prePad = new int[4]; // top, bottom, left, right
    if (x.pendingPad != null && padsOnlySpatial(x.pendingPad.pads())) {
      int[] p = x.pendingPad.pads();
      prePad = new int[] {p[2], p[3], p[4], p[5]};
      x = x.pendingPad.source();
    }
    int inH = x.shape[1] + prePad[0] + prePad[1];
    int inW = x.shape[2] + prePad[2] + prePad[3];
    int[] hPads = padding(node, inH, kh, strides[1], dilations[1], 1);
    int[] wPads = padding(node, inW, kw, strides[2], dilations[2], 2);
    int outH = (inH + hPads[0] + hPads[1] - ((kh - 1) * dilations[1] + 1)) / strides[1] + 1;
    int outW = (inW + wPads[0] + wPads[1] - ((kw - 1) * dilations[2] + 1)) / strides[2] + 1;

    int inC = x.shape[3];
    ConstTensor weights;
    int group;
    int outC;
    if (depthwise) {
      // TF [kh, kw, in, multiplier] → ONNX [in * multiplier, 1, kh, kw], one group per channel.
      int multiplier = w.shape[3];
      outC = inC * multiplier;
      weights = w.transpose(new int[] {2, 3, 0, 1}).reshape(new int[] {outC, 1, kh, kw});
      group = inC;
    } else {
      // TF [kh, kw, in, out] → ONNX [out, in, kh, kw].
      outC = w.shape[3];
      weights = w.transpose(new int[] {3, 2, 0, 1});
      group = 1;
      if (w.shape[2] != inC) {
        throw new ConversionException(
            node.where() + " expects " + w.shape[2] + " channels, gets " + inC);
      }
    }
    List<String> inputs =
        new ArrayList<>(List.of(nchw(x), graph.addInitializer(node.name() + "/W", weights)));

    List<String> fused = node.stringsAttr("fused_ops");
    int nextArg = 2;
    List<String> activations = new ArrayList<>();
    for (String op : fused) {
      switch (op) {
        case "BiasAdd" -> {
          ConstTensor bias = constInput(node, nextArg++);
          inputs.add(graph.addInitializer(node.name() + "/B", bias));
        }
        case "Relu", "Relu6" -> activations.add(op);
        default ->
            throw new ConversionException(
                "unsupported fused op '"
                    + op
                    + "' in "
                    + node.op()
                    + " node '"
                    + node.name()
                    + "'");
      }
    }
    String y =
        graph.add(
            "Conv",
            node.name(),
            inputs,
            new Attr("kernel_shape", new int[] {kh, kw}),
            new Attr("strides", new int[] {strides[1], strides[2]}),
            new Attr("dilations", new int[] {dilations[1], dilations[2]}),
            new Attr(
                "pads",
                new int[] {
                  hPads[0] + prePad[0],
                  wPads[0] + prePad[2],
                  hPads[1] + prePad[1],
                  wPads[1] + prePad[3]
                }),
            new Attr("group", group));
    for (String act : activations) {
      y =
          act.equals("Relu")
              ? graph.add("Relu", node.name() + "/relu", List.of(y))
              : clip6(y, node.name());
    }
    put(node, Value.inNchw(y, DType.FLOAT, new int[] {x.shape[0], outH, outW, outC}));
  }

  private static boolean padsOnlySpatial(int[] pads) {
    return pads.length == 8 && pads[0] == 0 && pads[1] == 0 && pads[6] == 0 && pads[7] == 0;
  }

  /** Begin/end padding of one spatial axis ({@code axis} 1 = H, 2 = W) for SAME/VALID/EXPLICIT. */
  private static int[] padding(
      TfjsNode node, int in, int kernel, int stride, int dilation, int axis) {
    String mode = node.stringAttr("padding", "VALID");
    switch (mode) {
      case "VALID":
        return new int[] {0, 0};
      case "SAME":
        // TF puts the odd pixel at the end.
        int effective = (kernel - 1) * dilation + 1;
        int out = (in + stride - 1) / stride;
        int total = Math.max((out - 1) * stride + effective - in, 0);
        return new int[] {total / 2, total - total / 2};
      case "EXPLICIT":
        int[] explicit = node.intsAttr("explicit_paddings");
        return new int[] {explicit[2 * axis], explicit[2 * axis + 1]};
      default:
        throw new ConversionException(node.where() + " has unknown padding " + mode);
    }
  }

  private static int[] orDefault(int[] values, int... fallback) {
    return values.length == 0 ? fallback : values;
  }

  private String clip6(String x, String base) {
    return graph.add(
        "Clip",
        base + "/relu6",
        List.of(x, floatScalar(base + "/zero", 0f), floatScalar(base + "/six", 6f)));
  }

  private void relu6(TfjsNode node) {
    Value x = input(node, 0);
    if (x.prefersNchw()) {
      put(node, Value.inNchw(clip6(nchw(x), node.name()), x.dtype, x.shape));
    } else {
      put(node, Value.inTfLayout(clip6(tfLayout(x), node.name()), x.dtype, x.shape));
    }
  }

  private void maxPool(TfjsNode node) {
    requireNhwc(node);
    Value x = input(node, 0);
    int[] k = node.intsAttr("ksize");
    int[] s = node.intsAttr("strides");
    if (k[0] != 1 || k[3] != 1 || s[0] != 1 || s[3] != 1) {
      throw new ConversionException(node.where() + " pools over batch or channels");
    }
    int[] hPads = padding(node, x.shape[1], k[1], s[1], 1, 1);
    int[] wPads = padding(node, x.shape[2], k[2], s[2], 1, 2);
    int outH = (x.shape[1] + hPads[0] + hPads[1] - k[1]) / s[1] + 1;
    int outW = (x.shape[2] + wPads[0] + wPads[1] - k[2]) / s[2] + 1;
    String y =
        graph.add(
            "MaxPool",
            node.name(),
            List.of(nchw(x)),
            new Attr("kernel_shape", new int[] {k[1], k[2]}),
            new Attr("strides", new int[] {s[1], s[2]}),
            new Attr("pads", new int[] {hPads[0], wPads[0], hPads[1], wPads[1]}));
    put(node, Value.inNchw(y, x.dtype, new int[] {x.shape[0], outH, outW, x.shape[3]}));
  }

  private void pad(TfjsNode node) {
    Value x = input(node, 0);
    int[] pads = constInput(node, 1).toInts();
    if (node.op().equals("PadV2")) {
      ConstTensor value = constInput(node, 2);
      if (value.floatAt(0) != 0f) {
        throw new ConversionException(
            node.where() + " pads with " + value.floatAt(0) + "; only zero padding is supported");
      }
    }
    if (pads.length != 2 * x.rank()) {
      throw new ConversionException(
          node.where() + " has " + pads.length + " paddings for rank " + x.rank());
    }
    int[] shape = x.shape.clone();
    for (int d = 0; d < shape.length; d++) {
      shape[d] += pads[2 * d] + pads[2 * d + 1];
    }
    Value padded = Value.padded(x, pads, shape);
    if (x.isConst() || x.rank() != 4) {
      materializePad(padded);
    }
    put(node, padded);
  }

  private void resizeBilinear(TfjsNode node) {
    Value x = input(node, 0);
    int[] size = constInput(node, 1).toInts();
    boolean alignCorners = node.boolAttr("align_corners", false);
    boolean halfPixel = node.boolAttr("half_pixel_centers", false);
    if (alignCorners && halfPixel) {
      throw new ConversionException(
          node.where() + " sets both align_corners and half_pixel_centers");
    }
    // TF's half-pixel sampling is ONNX's half_pixel; plain TF sampling is ONNX's asymmetric.
    String transform = alignCorners ? "align_corners" : halfPixel ? "half_pixel" : "asymmetric";
    int[] out = {x.shape[0], size[0], size[1], x.shape[3]};
    String sizes = int64Const(node.name() + "/sizes", out[0], out[3], out[1], out[2]);
    String y =
        graph.add(
            "Resize",
            node.name(),
            List.of(nchw(x), "", "", sizes),
            new Attr("mode", "linear"),
            new Attr("coordinate_transformation_mode", transform));
    put(node, Value.inNchw(y, x.dtype, out));
  }

  private void depthToSpace(TfjsNode node) {
    requireNhwc(node);
    Value x = input(node, 0);
    int b = (int) node.intAttr("block_size");
    int[] out = {x.shape[0], x.shape[1] * b, x.shape[2] * b, x.shape[3] / (b * b)};
    // TF's channel order (row offset, column offset, channel) is ONNX's DCR mode.
    String y =
        graph.add(
            "DepthToSpace",
            node.name(),
            List.of(nchw(x)),
            new Attr("blocksize", b),
            new Attr("mode", "DCR"));
    put(node, Value.inNchw(y, x.dtype, out));
  }

  private void binary(
      TfjsNode node,
      String onnxOp,
      java.util.function.DoubleBinaryOperator onFloats,
      java.util.function.LongBinaryOperator onInts) {
    Value a = input(node, 0);
    Value b = input(node, 1);
    int[] shape = Shapes.broadcast(a.shape, b.shape, node.where());
    if (a.isConst() && b.isConst() && Shapes.size(shape) <= MAX_FOLD_ELEMENTS) {
      put(
          node,
          Value.constant(
              ConstFolding.binary(node.where(), a.constant, b.constant, onFloats, onInts)));
      return;
    }
    put(node, elementwise(onnxOp, node.name(), a, b, shape));
  }

  /** Emits a broadcasting binary op in whichever layout avoids transposes. */
  private Value elementwise(String onnxOp, String name, Value a, Value b, int[] shape) {
    DType dtype = a.dtype;
    boolean useNchw =
        shape.length == 4
            && (a.prefersNchw() || b.prefersNchw())
            && canJoinNchw(a)
            && canJoinNchw(b);
    if (useNchw) {
      String y = graph.add(onnxOp, name, List.of(asNchwOperand(a), asNchwOperand(b)));
      return Value.inNchw(y, dtype, shape);
    }
    String y = graph.add(onnxOp, name, List.of(tfLayout(a), tfLayout(b)));
    return Value.inTfLayout(y, dtype, shape);
  }

  private static boolean canJoinNchw(Value v) {
    return v.rank() == 4 || v.isConst();
  }

  /** An operand of a broadcasting op in NCHW: rank-4 values transposed, constants re-laid. */
  private String asNchwOperand(Value v) {
    if (v.rank() == 4) {
      return nchw(v);
    }
    if (v.constant.size() == 1) {
      return tfLayout(v);
    }
    ConstTensor widened = v.constant.reshape(Shapes.padLeft(v.shape, 4));
    return graph.addInitializer("const_nchw", widened.transpose(Shapes.NHWC_TO_NCHW));
  }

  private void squaredDifference(TfjsNode node) {
    Value a = input(node, 0);
    Value b = input(node, 1);
    int[] shape = Shapes.broadcast(a.shape, b.shape, node.where());
    Value diff = elementwise("Sub", node.name() + "/diff", a, b, shape);
    put(node, elementwise("Mul", node.name(), diff, diff, shape));
  }

  /** Floor division: {@code Floor(a / b)} for floats; for integers, truncation corrected. */
  private void floorDiv(TfjsNode node) {
    Value a = input(node, 0);
    Value b = input(node, 1);
    int[] shape = Shapes.broadcast(a.shape, b.shape, node.where());
    if (a.isConst() && b.isConst()) {
      put(
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
    String x = tfLayout(a);
    String y = tfLayout(b);
    String q = graph.add("Div", n + "/trunc", List.of(x, y));
    if (!a.dtype.isInteger()) {
      put(node, Value.inTfLayout(graph.add("Floor", n, List.of(q)), a.dtype, shape));
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
    put(node, Value.inTfLayout(graph.add("Where", n, List.of(adjust, stepped, q)), a.dtype, shape));
  }

  private void unary(TfjsNode node, String onnxOp) {
    Value x = input(node, 0);
    if (x.prefersNchw()) {
      put(node, Value.inNchw(graph.add(onnxOp, node.name(), List.of(nchw(x))), x.dtype, x.shape));
    } else {
      put(
          node,
          Value.inTfLayout(graph.add(onnxOp, node.name(), List.of(tfLayout(x))), x.dtype, x.shape));
    }
  }

  private void cast(TfjsNode node) {
    Value x = input(node, 0);
    DType to = node.typeAttr("DstT");
    if (x.isConst()) {
      put(node, Value.constant(x.constant.cast(to)));
    } else if (to == x.dtype) {
      put(node, x);
    } else if (x.prefersNchw()) {
      put(
          node,
          Value.inNchw(
              graph.add("Cast", node.name(), List.of(nchw(x)), new Attr("to", to.onnxCode)),
              to,
              x.shape));
    } else {
      put(
          node,
          Value.inTfLayout(
              graph.add("Cast", node.name(), List.of(tfLayout(x)), new Attr("to", to.onnxCode)),
              to,
              x.shape));
    }
  }

  private void reshape(TfjsNode node) {
    Value x = input(node, 0);
    int[] requested = constInput(node, 1).toInts();
    int[] shape = resolveReshape(node, x.shape, requested);
    if (x.isConst()) {
      put(node, Value.constant(x.constant.reshape(shape)));
      return;
    }
    String target = int64Const(node.name() + "/shape", Shapes.toLongs(shape));
    put(
        node,
        Value.inTfLayout(
            graph.add("Reshape", node.name(), List.of(tfLayout(x), target)), x.dtype, shape));
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

  private void shape(TfjsNode node) {
    Value x = input(node, 0);
    DType type = node.has("out_type") ? node.typeAttr("out_type") : DType.INT32;
    put(node, Value.constant(ConstTensor.vector(type, Shapes.toLongs(x.shape))));
  }

  private void stridedSlice(TfjsNode node) {
    Value x = input(node, 0);
    int[] begin = constInput(node, 1).toInts();
    int[] end = constInput(node, 2).toInts();
    int[] strides = constInput(node, 3).toInts();
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
      put(node, Value.constant(ConstFolding.slice(x.constant, picks, sliced).reshape(out)));
      return;
    }
    String n = node.name();
    String y =
        graph.add(
            "Slice",
            n + (squeezeAxes.isEmpty() ? "" : "/slice"),
            List.of(
                tfLayout(x),
                int64Const(n + "/starts", starts),
                int64Const(n + "/ends", ends),
                int64Const(n + "/axes", Shapes.toLongs(identity(rank))),
                int64Const(n + "/steps", steps)));
    if (!squeezeAxes.isEmpty()) {
      long[] axes = squeezeAxes.stream().mapToLong(Long::longValue).toArray();
      y = graph.add("Squeeze", n, List.of(y, int64Const(n + "/squeeze_axes", axes)));
    }
    put(node, Value.inTfLayout(y, x.dtype, out));
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

  private void pack(TfjsNode node) {
    int n = node.inputs().size();
    Value first = input(node, 0);
    int axis = Shapes.normalizeAxis((int) node.intAttr("axis", 0), first.rank() + 1);
    int[] partShape = insertAxis(first.shape, axis, 1);
    boolean allConst = true;
    for (int i = 0; i < n; i++) {
      allConst &= input(node, i).isConst();
    }
    if (allConst) {
      ConstTensor[] parts = new ConstTensor[n];
      for (int i = 0; i < n; i++) {
        parts[i] = input(node, i).constant.reshape(partShape);
      }
      put(node, Value.constant(ConstFolding.concat(parts, axis)));
      return;
    }
    String axes = int64Const(node.name() + "/axes", axis);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(
          graph.add(
              "Unsqueeze", node.name() + "/part" + i, List.of(tfLayout(input(node, i)), axes)));
    }
    String y = graph.add("Concat", node.name(), parts, new Attr("axis", axis));
    put(node, Value.inTfLayout(y, first.dtype, insertAxis(first.shape, axis, n)));
  }

  private static int[] insertAxis(int[] shape, int axis, int size) {
    int[] out = new int[shape.length + 1];
    for (int d = 0, s = 0; d < out.length; d++) {
      out[d] = d == axis ? size : shape[s++];
    }
    return out;
  }

  private static int[] removeAxis(int[] shape, int axis) {
    int[] out = new int[shape.length - 1];
    for (int d = 0, o = 0; d < shape.length; d++) {
      if (d != axis) {
        out[o++] = shape[d];
      }
    }
    return out;
  }

  private void unpack(TfjsNode node) {
    Value x = input(node, 0);
    int axis = Shapes.normalizeAxis((int) node.intAttr("axis", 0), x.rank());
    int num = x.shape[axis];
    int[] partShape = removeAxis(x.shape, axis);
    String name = node.name();
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < num; i++) {
      pieces.add(graph.fresh(name + "/split" + i));
    }
    graph.addNode("Split", List.of(tfLayout(x)), pieces, name + "/split", new Attr("axis", axis));
    String axes = int64Const(name + "/axes", axis);
    for (int i = 0; i < num; i++) {
      String y = graph.add("Squeeze", i == 0 ? name : name + ":" + i, List.of(pieces.get(i), axes));
      values.put(i == 0 ? name : name + ":" + i, Value.inTfLayout(y, x.dtype, partShape));
    }
  }

  private void expandDims(TfjsNode node) {
    Value x = input(node, 0);
    int axis = constInput(node, 1).toInts()[0];
    axis = Shapes.normalizeAxis(axis, x.rank() + 1);
    int[] shape = insertAxis(x.shape, axis, 1);
    if (x.isConst()) {
      put(node, Value.constant(x.constant.reshape(shape)));
      return;
    }
    String y =
        graph.add(
            "Unsqueeze",
            node.name(),
            List.of(tfLayout(x), int64Const(node.name() + "/axes", axis)));
    put(node, Value.inTfLayout(y, x.dtype, shape));
  }

  private void squeeze(TfjsNode node) {
    Value x = input(node, 0);
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
    if (x.isConst()) {
      put(node, Value.constant(x.constant.reshape(shape)));
      return;
    }
    long[] axesArray = axes.stream().mapToLong(Integer::longValue).toArray();
    String y =
        graph.add(
            "Squeeze",
            node.name(),
            List.of(tfLayout(x), int64Const(node.name() + "/axes", axesArray)));
    put(node, Value.inTfLayout(y, x.dtype, shape));
  }

  private static boolean contains(int[] dims, int d, int rank) {
    for (int v : dims) {
      if ((v < 0 ? v + rank : v) == d) {
        return true;
      }
    }
    return false;
  }

  private void concat(TfjsNode node) {
    int n = node.inputs().size() - 1; // the last input is the axis
    Value first = input(node, 0);
    int axis = Shapes.normalizeAxis(constInput(node, n).toInts()[0], first.rank());
    List<Value> parts = new ArrayList<>();
    boolean allConst = true;
    boolean anyNchw = false;
    boolean allRank4 = true;
    for (int i = 0; i < n; i++) {
      Value v = input(node, i);
      parts.add(v);
      allConst &= v.isConst();
      anyNchw |= v.prefersNchw();
      allRank4 &= v.rank() == 4;
    }
    int[] shape = first.shape.clone();
    shape[axis] = parts.stream().mapToInt(v -> v.shape[axis]).sum();
    if (allConst) {
      put(
          node,
          Value.constant(
              ConstFolding.concat(
                  parts.stream().map(v -> v.constant).toArray(ConstTensor[]::new), axis)));
      return;
    }
    if (allRank4 && anyNchw) {
      List<String> in = parts.stream().map(this::nchw).toList();
      String y = graph.add("Concat", node.name(), in, new Attr("axis", nchwAxis(axis)));
      put(node, Value.inNchw(y, first.dtype, shape));
      return;
    }
    List<String> in = parts.stream().map(this::tfLayout).toList();
    put(
        node,
        Value.inTfLayout(
            graph.add("Concat", node.name(), in, new Attr("axis", axis)), first.dtype, shape));
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

  private void argMax(TfjsNode node) {
    Value x = input(node, 0);
    int axis = Shapes.normalizeAxis(constInput(node, 1).toInts()[0], x.rank());
    DType outType = node.has("output_type") ? node.typeAttr("output_type") : DType.INT64;
    String y =
        graph.add(
            "ArgMax",
            node.name() + (outType == DType.INT64 ? "" : "/int64"),
            List.of(tfLayout(x)),
            new Attr("axis", axis),
            new Attr("keepdims", 0));
    if (outType != DType.INT64) {
      y = graph.add("Cast", node.name(), List.of(y), new Attr("to", outType.onnxCode));
    }
    put(node, Value.inTfLayout(y, outType, removeAxis(x.shape, axis)));
  }

  private void gatherNd(TfjsNode node) {
    Value params = input(node, 0);
    Value indices = input(node, 1);
    int depth = indices.shape[indices.rank() - 1];
    int[] shape = new int[indices.rank() - 1 + params.rank() - depth];
    System.arraycopy(indices.shape, 0, shape, 0, indices.rank() - 1);
    System.arraycopy(params.shape, depth, shape, indices.rank() - 1, params.rank() - depth);
    String idx;
    if (indices.isConst()) {
      idx = graph.addInitializer(node.name() + "/indices", indices.constant.cast(DType.INT64));
    } else if (indices.dtype == DType.INT64) {
      idx = tfLayout(indices);
    } else {
      idx =
          graph.add(
              "Cast",
              node.name() + "/indices",
              List.of(tfLayout(indices)),
              new Attr("to", DType.INT64.onnxCode));
    }
    String y = graph.add("GatherND", node.name(), List.of(tfLayout(params), idx));
    put(node, Value.inTfLayout(y, params.dtype, shape));
  }
}
