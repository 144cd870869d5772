package org.posecoach.models.convert;

import org.posecoach.models.convert.onnx.Onnx.TensorProto.DataType;

/** Element types the converter handles, with their TF and ONNX codes. */
enum DType {
  FLOAT("DT_FLOAT", "float32", DataType.FLOAT, 4),
  INT32("DT_INT32", "int32", DataType.INT32, 4),
  INT64("DT_INT64", "int64", DataType.INT64, 8),
  BOOL("DT_BOOL", "bool", DataType.BOOL, 1);

  final String tfName;
  final String tfjsName;

  /** {@code TensorProto.DataType} value. */
  final int onnxCode;

  final int bytes;

  DType(String tfName, String tfjsName, DataType onnxType, int bytes) {
    this.tfName = tfName;
    this.tfjsName = tfjsName;
    this.onnxCode = onnxType.getNumber();
    this.bytes = bytes;
  }

  boolean isInteger() {
    return this == INT32 || this == INT64;
  }

  static DType fromTf(String name, String where) {
    for (DType t : values()) {
      if (t.tfName.equals(name)) {
        return t;
      }
    }
    throw new ConversionException("unsupported data type " + name + " in " + where);
  }

  static DType fromTfjs(String name, String where) {
    for (DType t : values()) {
      if (t.tfjsName.equals(name)) {
        return t;
      }
    }
    throw new ConversionException("unsupported data type " + name + " in " + where);
  }
}
