package org.posecoach.models.convert;

/** Element types the converter handles, with their TF and ONNX codes. */
enum DType {
  FLOAT("DT_FLOAT", "float32", 1, 4),
  INT32("DT_INT32", "int32", 6, 4),
  INT64("DT_INT64", "int64", 7, 8),
  BOOL("DT_BOOL", "bool", 9, 1);

  final String tfName;
  final String tfjsName;

  /** {@code TensorProto.DataType} value. */
  final int onnxCode;

  final int bytes;

  DType(String tfName, String tfjsName, int onnxCode, int bytes) {
    this.tfName = tfName;
    this.tfjsName = tfjsName;
    this.onnxCode = onnxCode;
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
