package org.posecoach.models.convert;

/** Ops that bring values into the graph or pass them on: constants, inputs and identities. */
final class GraphOps {
  private GraphOps() {}

  static void register(OpRegistry registry) {
    registry.register((ctx, node) -> ctx.put(node, Value.constant(ctx.weight(node))), "Const");
    registry.register(GraphOps::placeholder, "Placeholder");
    registry.register(
        (ctx, node) -> ctx.put(node, ctx.input(node, 0)), "Identity", "StopGradient", "Snapshot");
  }

  private static void placeholder(ConversionContext ctx, TfjsNode node) {
    DType dtype = node.typeAttr("dtype");
    int[] shape = node.shapeAttr("shape");
    ctx.graph().addInput(node.name(), dtype, shape);
    ctx.put(node, Value.inTfLayout(node.name(), dtype, shape));
  }
}
