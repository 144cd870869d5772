package org.posecoach.models.convert;

import static org.posecoach.models.convert.OnnxGraph.Attr;

import java.util.List;

/** Ops that change an image's resolution: bilinear resizing and depth-to-space. */
final class ResamplingOps {
  private ResamplingOps() {}

  static void register(OpRegistry registry) {
    registry.register(ResamplingOps::resizeBilinear, "ResizeBilinear");
    registry.register(ResamplingOps::depthToSpace, "DepthToSpace");
  }

  private static void resizeBilinear(ConversionContext ctx, TfjsNode node) {
    Value x = ctx.input(node, 0);
    int[] size = ctx.constInput(node, 1).toInts();
    boolean alignCorners = node.boolAttr("align_corners", false);
    boolean halfPixel = node.boolAttr("half_pixel_centers", false);
    if (alignCorners && halfPixel) {
      throw new ConversionException(
          node.where() + " sets both align_corners and half_pixel_centers");
    }
    // TF's half-pixel sampling is ONNX's half_pixel; plain TF sampling is ONNX's asymmetric.
    String transform = alignCorners ? "align_corners" : halfPixel ? "half_pixel" : "asymmetric";
    int[] out = {x.shape[0], size[0], size[1], x.shape[3]};
    String sizes = ctx.int64Const(node.name() + "/sizes", out[0], out[3], out[1], out[2]);
    String y =
        ctx.emit(
            "Resize",
            node.name(),
            List.of(ctx.nchw(x), "", "", sizes),
            new Attr("mode", "linear"),
            new Attr("coordinate_transformation_mode", transform));
    ctx.put(node, Value.inNchw(y, x.dtype, out));
  }

  private static void depthToSpace(ConversionContext ctx, TfjsNode node) {
    node.requireNhwc();
    Value x = ctx.input(node, 0);
    int b = (int) node.intAttr("block_size");
    int[] out = {x.shape[0], x.shape[1] * b, x.shape[2] * b, x.shape[3] / (b * b)};
    // TF's channel order (row offset, column offset, channel) is ONNX's DCR mode.
    String y =
        ctx.emit(
            "DepthToSpace",
            node.name(),
            List.of(ctx.nchw(x)),
            new Attr("blocksize", b),
            new Attr("mode", "DCR"));
    ctx.put(node, Value.inNchw(y, x.dtype, out));
  }
}
