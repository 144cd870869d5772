package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;
import static org.posecoach.models.convert.OnnxGraph.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rewrites of the finished graph that keep its arithmetic (up to float rounding order) but let ONNX
 * Runtime's CPU kernels keep every image tensor in their channel-blocked layout (NCHWc, blocks of
 * {@link #BLOCK} channels on AVX2). Each op those kernels cannot run blocked costs a layout reorder
 * before and after it, which at 256×256 costs more than the op (BENCHMARKS.md, "What the converter
 * emits").
 *
 * <ul>
 *   <li><b>Residual ReLU6 into the convolution</b>: {@code Clip(Add(Conv1x1(x), r), 0, 6)} becomes
 *       {@code Clip(Conv1x1(Concat(x, r)))} with the weights {@code [W | I]}. The blocked kernels
 *       fuse a convolution with a following Clip, but not an Add followed by a Clip, so the
 *       MobileNet-style residual blocks of BlazePose's regression and segmentation heads each left
 *       the blocked layout twice.
 *   <li><b>One-channel k×k convolution as depthwise + 1×1</b>: a convolution to a single channel
 *       (BlazePose's segmentation logits) is padded to a whole block of output channels by the
 *       blocked kernels, doing {@link #BLOCK} times its work; a depthwise k×k followed by a 1×1 sum
 *       of the channels is the same sum in two cheap passes.
 * </ul>
 */
final class BlockedLayoutRewrites {
  /** Channels per block in ONNX Runtime's blocked layout on AVX2 (16 on AVX-512). */
  static final int BLOCK = 8;

  private BlockedLayoutRewrites() {}

  static void apply(OnnxGraph graph) {
    foldResidualRelu6(graph);
    splitSingleChannelConvs(graph);
  }

  // ---------------------------------------------------------------- residual ReLU6

  private static void foldResidualRelu6(OnnxGraph graph) {
    List<Node> nodes = graph.nodes();
    Map<String, Integer> uses = graph.uses();
    Map<String, Node> producers = graph.producers();
    for (int i = 0; i < nodes.size(); i++) {
      Node clip = nodes.get(i);
      if (!clip.op().equals("Clip") || !isRelu6(graph, clip)) {
        continue;
      }
      Node add = producers.get(clip.inputs().get(0));
      if (add == null || !add.op().equals("Add") || uses.get(add.outputs().get(0)) != 1) {
        continue;
      }
      for (int side = 0; side < 2; side++) {
        String y = add.inputs().get(side);
        String residual = add.inputs().get(1 - side);
        Node conv = producers.get(y);
        if (conv != null && uses.get(y) == 1 && foldable(graph, conv, residual)) {
          List<Node> replacement = concatConv(graph, conv, residual, add.outputs().get(0));
          nodes.remove(conv);
          int at = nodes.indexOf(add);
          nodes.remove(at);
          nodes.addAll(at, replacement);
          producers = graph.producers();
          i = nodes.indexOf(clip);
          break;
        }
      }
    }
  }

  private static boolean isRelu6(OnnxGraph graph, Node clip) {
    if (clip.inputs().size() != 3) {
      return false;
    }
    ConstTensor lo = graph.initializer(clip.inputs().get(1));
    ConstTensor hi = graph.initializer(clip.inputs().get(2));
    return lo != null && hi != null && lo.floatAt(0) == 0f && hi.floatAt(0) == 6f;
  }

  /** A plain 1×1 convolution whose channels, and the residual's, fill whole blocks. */
  private static boolean foldable(OnnxGraph graph, Node conv, String residual) {
    if (!conv.op().equals("Conv")) {
      return false;
    }
    ConstTensor w = graph.initializer(conv.inputs().get(1));
    if (!conv.isPointwiseConv(w)
        || conv.inputs().size() > 2 && graph.initializer(conv.inputs().get(2)) == null) {
      return false;
    }
    int[] yShape = graph.shapeOf(conv.outputs().get(0));
    return yShape != null
        && Arrays.equals(yShape, graph.shapeOf(residual))
        && w.shape[0] % BLOCK == 0
        && w.shape[1] % BLOCK == 0;
  }

  /** {@code out = Conv(Concat(x, r), [W | I], b)}: the residual enters through identity weights. */
  private static List<Node> concatConv(OnnxGraph graph, Node conv, String residual, String out) {
    ConstTensor w = graph.initializer(conv.inputs().get(1));
    int outC = w.shape[0];
    int inC = w.shape[1];
    float[] src = w.floatsCopy();
    float[] joined = new float[outC * (inC + outC)];
    for (int o = 0; o < outC; o++) {
      System.arraycopy(src, o * inC, joined, o * (inC + outC), inC);
      joined[o * (inC + outC) + inC + o] = 1f;
    }
    String x = conv.inputs().get(0);
    String concat = graph.fresh(x + "/with_residual");
    String weights =
        graph.addInitializer(
            conv.inputs().get(1) + "/with_residual",
            ConstTensor.ofFloats(new int[] {outC, inC + outC, 1, 1}, joined));
    List<String> convInputs = new ArrayList<>(conv.inputs());
    convInputs.set(0, concat);
    convInputs.set(1, weights);
    return List.of(
        new Node("Concat", List.of(x, residual), List.of(concat), concat, List.of(axis(1))),
        new Node("Conv", List.copyOf(convInputs), List.of(out), conv.name(), conv.attrs()));
  }

  // ---------------------------------------------------------------- one-channel convolutions

  private static void splitSingleChannelConvs(OnnxGraph graph) {
    List<Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node conv = nodes.get(i);
      if (!conv.op().equals("Conv") || conv.longAttr("group", 1) != 1) {
        continue;
      }
      ConstTensor w = graph.initializer(conv.inputs().get(1));
      if (w == null
          || w.rank() != 4
          || w.shape[0] != 1
          || w.shape[1] % BLOCK != 0
          || w.shape[2] * w.shape[3] == 1) {
        continue;
      }
      int inC = w.shape[1];
      // [1, C, kh, kw] read as [C, 1, kh, kw]: channel c's own kernel.
      String depthwiseW =
          graph.addInitializer(
              conv.inputs().get(1) + "/depthwise",
              w.reshape(new int[] {inC, 1, w.shape[2], w.shape[3]}));
      float[] ones = new float[inC];
      Arrays.fill(ones, 1f);
      String sumW =
          graph.addInitializer(
              conv.inputs().get(1) + "/sum", ConstTensor.ofFloats(new int[] {1, inC, 1, 1}, ones));
      String perChannel = graph.fresh(conv.outputs().get(0) + "/per_channel");
      List<Attr> depthwiseAttrs = new ArrayList<>();
      for (Attr a : conv.attrs()) {
        depthwiseAttrs.add(a.name().equals("group") ? new Attr("group", inC) : a);
      }
      List<String> sumInputs = new ArrayList<>(List.of(perChannel, sumW));
      if (conv.inputs().size() > 2) {
        sumInputs.add(conv.inputs().get(2));
      }
      nodes.set(
          i,
          new Node(
              "Conv",
              List.of(conv.inputs().get(0), depthwiseW),
              List.of(perChannel),
              perChannel,
              List.copyOf(depthwiseAttrs)));
      nodes.add(
          i + 1,
          new Node(
              "Conv",
              List.copyOf(sumInputs),
              conv.outputs(),
              conv.name(),
              List.of(
                  new Attr("kernel_shape", new int[] {1, 1}),
                  new Attr("strides", new int[] {1, 1}),
                  new Attr("pads", new int[] {0, 0, 0, 0}),
                  new Attr("group", 1))));
      i++;
    }
  }

  private static Attr axis(int axis) {
    return new Attr("axis", axis);
  }
}
