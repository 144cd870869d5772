package org.posecoach.pose.image;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_32SC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A model's square NHWC RGB input, filled by OpenCV straight into a direct buffer that ONNX Runtime
 * reads without a copy. One instance is reused for every frame; it is not thread-safe.
 *
 * <p>Filling warps the ROI out of the BGR frame (bilinear, zero outside the image), swaps to RGB,
 * and converts to the model's value range in place — no per-pixel Java code.
 */
public final class TensorInput implements AutoCloseable {
  private final int size;
  private final DataType dataType;
  private final double scale;
  private final double offset;
  private final ByteBuffer buffer;
  private final Mat tensorView;
  private final Mat crop;
  private final Mat rgb;
  private final Mat affine = new Mat(2, 3, org.bytedeco.opencv.global.opencv_core.CV_64F);
  private final Size dsize;
  private final Scalar black = new Scalar(0, 0, 0, 0);

  /**
   * @param size side of the square input, pixels
   * @param dataType {@link DataType#FLOAT32} or {@link DataType#INT32}
   * @param scale multiplier applied to 0..255 pixel values
   * @param offset added after scaling (e.g. scale 1/127.5, offset -1 for a [-1, 1] range)
   */
  public TensorInput(int size, DataType dataType, double scale, double offset) {
    if (dataType != DataType.FLOAT32 && dataType != DataType.INT32) {
      throw new IllegalArgumentException("unsupported input type " + dataType);
    }
    this.size = size;
    this.dataType = dataType;
    this.scale = scale;
    this.offset = offset;
    this.buffer = ByteBuffer.allocateDirect(size * size * 3 * 4).order(ByteOrder.nativeOrder());
    int type = dataType == DataType.FLOAT32 ? CV_32FC3 : CV_32SC3;
    this.tensorView = new Mat(size, size, type, new BytePointer(buffer));
    this.crop = new Mat(size, size, CV_8UC3);
    this.rgb = new Mat(size, size, CV_8UC3);
    this.dsize = new Size(size, size);
  }

  public int size() {
    return size;
  }

  public Shape shape() {
    return new Shape(1, size, size, 3);
  }

  public DataType dataType() {
    return dataType;
  }

  /** Resamples {@code roi} of the BGR image {@code bgr} into this tensor. */
  public void fill(Mat bgr, Roi roi) {
    double[] m = roi.imageToTensor(size);
    try (var idx = affine.<org.bytedeco.javacpp.indexer.DoubleIndexer>createIndexer()) {
      for (int i = 0; i < 6; i++) {
        idx.put(i / 3, i % 3, m[i]);
      }
    }
    warpAffine(bgr, crop, affine, dsize, INTER_LINEAR, BORDER_CONSTANT, black);
    cvtColor(crop, rgb, COLOR_BGR2RGB);
    rgb.convertTo(tensorView, tensorView.type(), scale, offset);
  }

  /** The data, positioned at 0, as the engine reads it; valid until the next fill. */
  public Buffer data() {
    ByteBuffer view = buffer.duplicate().order(ByteOrder.nativeOrder());
    view.rewind();
    return dataType == DataType.FLOAT32 ? view.asFloatBuffer() : view.asIntBuffer();
  }

  @Override
  public void close() {
    tensorView.close();
    crop.close();
    rgb.close();
    affine.close();
    dsize.close();
    black.close();
  }
}
