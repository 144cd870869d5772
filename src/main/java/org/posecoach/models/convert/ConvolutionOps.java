package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.util.ArrayList;
import java.util.List;

/**
 * Convolutions, pooling and padding: image ops that run in ONNX's NCHW. A zero {@code Pad} is held
 * back so that the convolution after it can take the padding into its own {@code pads}.
 */
final class ConvolutionOps {
  private ConvolutionOps() {}

  static void register(OpRegistry registry) {
    registry.register((ctx, node) -> conv(ctx, node, false), "Conv2D", "_FusedConv2D");
    registry.register(
        (ctx, node) -> conv(ctx, node, true),
        "DepthwiseConv2dNative",
        "FusedDepthwiseConv2dNative");
    registry.register(ConvolutionOps::maxPool, "MaxPool");
    registry.register(ConvolutionOps::pad, "Pad", "PadV2");
  }

  /** Conv2D / depthwise conv, fused or not: Conv [+ bias] [+ activation] in NCHW. */
  private static void conv(ConversionContext ctx, TfjsNode node, boolean depthwise) {
    node.requireNhwc();
    Value x = ctx.input(node, 0);
    ConstTensor w = ctx.constInput(node, 1);
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
        new ArrayList<>(List.of(ctx.nchw(x), ctx.initializer(node.name() + "/W", weights)));

    List<String> fused = node.stringsAttr("fused_ops");
    int nextArg = 2;
    List<String> activations = new ArrayList<>();
    for (String op : fused) {
      switch (op) {
        case "BiasAdd" -> {
          ConstTensor bias = ctx.constInput(node, nextArg++);
          inputs.add(ctx.initializer(node.name() + "/B", bias));
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
        ctx.emit(
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
              ? ctx.emit("Relu", node.name() + "/relu", List.of(y))
              : ElementwiseOps.clip6(ctx, y, node.name());
    }
    ctx.put(node, Value.inNchw(y, DType.FLOAT, new int[] {x.shape[0], outH, outW, outC}));
  }

  private static String requireNhwc(TfjsNode node) {
    String format = node.stringAttr("data_format", "NHWC");
    if (!format.equals("NHWC")) {
      throw new ConversionException(
          node.where() + " uses data_format " + format + "; only NHWC is supported");
    }
    return format;
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

  private static void maxPool(ConversionContext ctx, TfjsNode node) {
    node.requireNhwc();
    Value x = ctx.input(node, 0);
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
        ctx.emit(
            "MaxPool",
            node.name(),
            List.of(ctx.nchw(x)),
            new Attr("kernel_shape", new int[] {k[1], k[2]}),
            new Attr("strides", new int[] {s[1], s[2]}),
            new Attr("pads", new int[] {hPads[0], wPads[0], hPads[1], wPads[1]}));
    ctx.put(node, Value.inNchw(y, x.dtype, new int[] {x.shape[0], outH, outW, x.shape[3]}));
  }

  private static void pad(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int[] pads = ctx.constInput(node, 1).toInts();
    if (node.op().equals("PadV2")) {
      ConstTensor value = ctx.constInput(node, 2);
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
      ctx.materializePad(padded);
    }
    ctx.put(node, padded);
  }
}
