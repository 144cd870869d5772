package org.posecoach.models.convert;

import java.util.HashMap;
import java.util.Map;

/**
 * The op converters, keyed by TF op name. Each op family registers its own converters, as the
 * handlers of the reference TF→ONNX converter do; the driver only looks them up.
 *
 * <pre>{@code
 * OpRegistry ops = OpRegistry.standard();
 * ops.converterFor(node).convert(ctx, node);
 * }</pre>
 */
final class OpRegistry {
  private final Map<String, OpConverter> converters = new HashMap<>();

  private OpRegistry() {}

  /** Every op the converter supports. */
  static OpRegistry standard() {
    OpRegistry registry = new OpRegistry();
    GraphOps.register(registry);
    ConvolutionOps.register(registry);
    ElementwiseOps.register(registry);
    ShapeOps.register(registry);
    DecodingOps.register(registry);
    ResamplingOps.register(registry);
    return registry;
  }

  /** Registers {@code converter} for the TF ops named; an op has exactly one converter. */
  void register(OpConverter converter, String... tfOps) {
    for (String op : tfOps) {
      if (converters.putIfAbsent(op, converter) != null) {
        throw new IllegalStateException("two converters registered for TF op " + op);
      }
    }
  }

  /**
   * The converter for {@code node}'s op.
   *
   * @throws ConversionException naming the op and the node when the op is not supported
   */
  OpConverter converterFor(TfjsNode node) {
    OpConverter converter = converters.get(node.op());
    if (converter == null) {
      throw new ConversionException(
          "unsupported op '" + node.op() + "' at node '" + node.name() + "'");
    }
    return converter;
  }
}
