package org.posecoach.models.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts a TF.js graph model ({@code model.json} + weight shards) into an ONNX model (opset 17).
 *
 * <p>How it works: nodes reachable from the signature outputs are visited in topological order;
 * each becomes zero or more ONNX nodes. Shapes are static (an unknown batch becomes 1), so shape
 * arithmetic ({@code Shape → StridedSlice → Pack → Reshape}) folds away at conversion time. Images
 * stay NHWC at the model's inputs and outputs, as in TF.js; inside, convolutions run in ONNX's NCHW
 * and values are transposed only where a layout-sensitive op needs the other layout. A zero {@code
 * Pad} in front of a convolution becomes the convolution's own padding. The finished graph is then
 * rewritten for ONNX Runtime's CPU kernels without changing its arithmetic ({@link
 * BlockedLayoutRewrites}, {@link ConvBeforeResize}).
 *
 * <pre>{@code
 * Conversion c = TfjsToOnnx.convert(Path.of("movenet-lightning.json"), Map.of("id", "movenet-lightning"));
 * Files.write(Path.of("movenet-lightning.onnx"), c.onnx());
 * }</pre>
 *
 * <p>The driver only walks the graph: each op's converter is looked up in an {@link OpRegistry},
 * where the op families ({@link ConvolutionOps}, {@link ElementwiseOps}, {@link ShapeOps}, {@link
 * DecodingOps}, {@link ResamplingOps}, {@link GraphOps}) register them; values and their layouts
 * are tracked in a {@link ConversionContext}. An op outside the supported set fails with a {@link
 * ConversionException} naming the op and the node.
 */
public final class TfjsToOnnx {
  /** Bumped whenever the produced bytes change, so cached conversions are redone. */
  public static final String CONVERTER_VERSION = "2";

  /** A finished conversion. */
  public record Conversion(byte[] onnx, int tfNodes, int onnxNodes, List<String> outputs) {}

  private static final OpRegistry OPS = OpRegistry.standard();

  private final TfjsModel model;
  private final OnnxGraph graph = new OnnxGraph();
  private final ConversionContext ctx;

  private TfjsToOnnx(TfjsModel model) {
    this.model = model;
    this.ctx = new ConversionContext(model, graph);
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
  public static Conversion convert(Path modelJson, Map<String, String> metadata, Set<String> keep)
      throws IOException {
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
        OPS.converterFor(node).convert(converter.ctx, node);
      } catch (ConversionException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ConversionException("cannot convert " + node.where() + ": " + e.getMessage(), e);
      }
    }
    List<String> outputs = converter.bindOutputs();
    converter.graph.prune();
    // Same arithmetic, less work for ONNX Runtime's CPU kernels (BENCHMARKS.md).
    BlockedLayoutRewrites.apply(converter.graph);
    ConvBeforeResize.apply(converter.graph);
    converter.graph.prune();
    // Sorted, so that the bytes never depend on the caller's map order.
    Map<String, String> meta = new TreeMap<>(metadata);
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

  private List<String> bindOutputs() {
    List<String> names = new ArrayList<>();
    for (TfjsModel.Port out : model.outputs) {
      Value v = ctx.value(out.tensor());
      if (v == null || v.isConst()) {
        throw new ConversionException("signature output '" + out.key() + "' has no computed value");
      }
      String name = outputName(out);
      graph.addNode("Identity", List.of(ctx.tfLayout(v)), List.of(name), name);
      graph.addOutput(name, v.dtype, v.shape);
      names.add(name);
    }
    return names;
  }
}
