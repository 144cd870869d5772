package org.posecoach.models.convert;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Builds a small TF.js graph model on disk (model.json + weights.bin), converts it and runs the
 * result in ONNX Runtime, so that tests can pin the semantics of single ops.
 */
final class TinyGraph {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode nodes;
  private final ArrayNode weights;
  private final ByteBuffer data = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

  TinyGraph() {
    root.put("format", "graph-model");
    nodes = root.putObject("modelTopology").putArray("node");
    ArrayNode manifest = root.putArray("weightsManifest");
    ObjectNode group = manifest.addObject();
    group.putArray("paths").add("weights.bin");
    weights = group.putArray("weights");
    root.putObject("signature").putObject("inputs");
    root.withObject("signature").putObject("outputs");
  }

  TinyGraph input(String name, String dtype, int... shape) {
    ObjectNode n = node(name, "Placeholder");
    n.withObject("attr").putObject("dtype").put("type", dtype);
    ArrayNode dims = n.withObject("attr").putObject("shape").putObject("shape").putArray("dim");
    for (int d : shape) {
      dims.addObject().put("size", Integer.toString(d));
    }
    root.withObject("signature").withObject("inputs").putObject(name).put("name", name + ":0");
    return this;
  }

  TinyGraph floats(String name, int[] shape, float... values) {
    node(name, "Const");
    ObjectNode w = weights.addObject().put("name", name).put("dtype", "float32");
    ArrayNode s = w.putArray("shape");
    for (int d : shape) {
      s.add(d);
    }
    for (float v : values) {
      data.putFloat(v);
    }
    return this;
  }

  TinyGraph ints(String name, int[] shape, int... values) {
    node(name, "Const");
    ObjectNode w = weights.addObject().put("name", name).put("dtype", "int32");
    ArrayNode s = w.putArray("shape");
    for (int d : shape) {
      s.add(d);
    }
    for (int v : values) {
      data.putInt(v);
    }
    return this;
  }

  /** Adds an op node; {@code attrs} as TF.js JSON, e.g. {@code {"axis": {"i": "1"}}}. */
  TinyGraph op(String name, String op, String attrs, String... inputs) throws Exception {
    ObjectNode n = node(name, op);
    ArrayNode in = n.putArray("input");
    for (String i : inputs) {
      in.add(i);
    }
    n.set("attr", JSON.readTree(attrs));
    return this;
  }

  TinyGraph output(String key, String tensor) {
    root.withObject("signature").withObject("outputs").putObject(key).put("name", tensor);
    return this;
  }

  private ObjectNode node(String name, String op) {
    ObjectNode n = nodes.addObject();
    n.put("name", name).put("op", op);
    n.putObject("attr");
    return n;
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  Path write(Path dir) throws Exception {
    byte[] bytes = new byte[data.position()];
    data.duplicate().flip().get(bytes);
    Files.write(dir.resolve("weights.bin"), bytes);
    Path json = dir.resolve("model.json");
    Files.writeString(json, JSON.writeValueAsString(root));
    return json;
  }

  /** Converts and runs with one float or int input; returns the named output as floats. */
  float[] run(Path dir, String input, Object values, long[] shape, String output) throws Exception {
    TfjsToOnnx.Conversion c = TfjsToOnnx.convert(write(dir), Map.of());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession session = env.createSession(c.onnx(), new OrtSession.SessionOptions());
        OnnxTensor tensor =
            values instanceof float[] f
                ? OnnxTensor.createTensor(env, FloatBuffer.wrap(f), shape)
                : OnnxTensor.createTensor(env, IntBuffer.wrap((int[]) values), shape);
        OrtSession.Result result = session.run(Map.of(input, tensor))) {
      OnnxTensor out = (OnnxTensor) result.get(output).orElseThrow();
      if (out.getInfo().type == ai.onnxruntime.OnnxJavaType.INT32) {
        IntBuffer ib = out.getIntBuffer();
        float[] f = new float[ib.remaining()];
        for (int i = 0; i < f.length; i++) {
          f[i] = ib.get(i);
        }
        return f;
      }
      FloatBuffer fb = out.getFloatBuffer();
      float[] f = new float[fb.remaining()];
      fb.get(f);
      return f;
    }
  }
}
