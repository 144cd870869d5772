package org.posecoach.models.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TF.js graph model read from {@code model.json} and its weight shards: the nodes, the weights
 * (dequantized to float32 or kept as integers) and the signature's inputs and outputs.
 */
final class TfjsModel {
  /** A signature entry: the key users see and the tensor it names ({@code node:index}). */
  record Port(String key, String tensor) {}

  final List<TfjsNode> nodes;
  final Map<String, ConstTensor> weights;
  final List<Port> inputs;
  final List<Port> outputs;
  final String convertedBy;

  private TfjsModel(
      List<TfjsNode> nodes,
      Map<String, ConstTensor> weights,
      List<Port> inputs,
      List<Port> outputs,
      String convertedBy) {
    this.nodes = List.copyOf(nodes);
    this.weights = weights;
    this.inputs = List.copyOf(inputs);
    this.outputs = List.copyOf(outputs);
    this.convertedBy = convertedBy;
  }

  /** This model with only the signature outputs whose key is in {@code keep}. */
  TfjsModel withOutputs(java.util.Set<String> keep) {
    List<Port> kept = outputs.stream().filter(p -> keep.contains(p.key())).toList();
    if (kept.isEmpty()) {
      throw new ConversionException("none of the outputs " + keep + " is in the model's signature");
    }
    return new TfjsModel(nodes, weights, inputs, kept, convertedBy);
  }

  /** Reads {@code modelJson} and the shards it lists (paths relative to it). */
  static TfjsModel read(Path modelJson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(modelJson.toFile());
    if (!"graph-model".equals(root.path("format").asText("graph-model"))) {
      throw new ConversionException(
          modelJson
              + " is a '"
              + root.path("format").asText()
              + "', only TF.js graph models convert");
    }
    JsonNode topology = root.path("modelTopology");
    List<TfjsNode> nodes = new ArrayList<>();
    for (JsonNode n : topology.path("node")) {
      nodes.add(TfjsNode.fromJson(n));
    }
    if (nodes.isEmpty()) {
      throw new ConversionException(modelJson + " has no graph nodes");
    }
    Map<String, ConstTensor> weights = readWeights(modelJson, root.path("weightsManifest"));
    List<Port> inputs = ports(root.path("signature").path("inputs"));
    List<Port> outputs = ports(root.path("signature").path("outputs"));
    if (outputs.isEmpty()) {
      throw new ConversionException(modelJson + " has no signature outputs");
    }
    return new TfjsModel(nodes, weights, inputs, outputs, root.path("convertedBy").asText(""));
  }

  private static List<Port> ports(JsonNode signature) {
    List<Port> out = new ArrayList<>();
    for (var e : signature.properties()) {
      out.add(new Port(e.getKey(), e.getValue().path("name").asText()));
    }
    return out;
  }

  private static Map<String, ConstTensor> readWeights(Path modelJson, JsonNode manifest)
      throws IOException {
    Map<String, ConstTensor> weights = new LinkedHashMap<>();
    for (JsonNode group : manifest) {
      // A group's shards are one byte stream cut into files.
      List<byte[]> shards = new ArrayList<>();
      int total = 0;
      for (JsonNode p : group.path("paths")) {
        Path shard = modelJson.resolveSibling(p.asText());
        if (!Files.isRegularFile(shard)) {
          throw new ConversionException("weight shard " + shard + " is missing");
        }
        byte[] bytes = Files.readAllBytes(shard);
        shards.add(bytes);
        total += bytes.length;
      }
      ByteBuffer data = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
      shards.forEach(data::put);
      data.flip();
      for (JsonNode spec : group.path("weights")) {
        String name = spec.path("name").asText();
        int[] shape = new int[spec.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
          shape[i] = spec.path("shape").get(i).asInt();
        }
        weights.put(name, readWeight(data, name, spec, shape));
      }
      if (data.hasRemaining()) {
        throw new ConversionException(
            "weight shards of " + modelJson + " hold " + data.remaining() + " unread bytes");
      }
    }
    return weights;
  }

  private static ConstTensor readWeight(ByteBuffer data, String name, JsonNode spec, int[] shape) {
    String where = "weight '" + name + "'";
    DType dtype = DType.fromTfjs(spec.path("dtype").asText(), where);
    int n = Shapes.size(shape);
    JsonNode q = spec.path("quantization");
    try {
      if (q.isMissingNode() || q.isNull()) {
        return readPlain(data, dtype, shape, n);
      }
      String qtype = q.path("dtype").asText();
      if (dtype != DType.FLOAT) {
        throw new ConversionException(where + " quantizes a " + dtype + " tensor");
      }
      float[] values = new float[n];
      switch (qtype) {
        case "float16" -> {
          for (int i = 0; i < n; i++) {
            values[i] = Float16.toFloat(data.getShort());
          }
        }
        case "uint8", "uint16" -> {
          // TF.js dequantizes affinely: value = q * scale + min, computed in double.
          double scale = q.path("scale").asDouble();
          double min = q.path("min").asDouble();
          for (int i = 0; i < n; i++) {
            int raw = qtype.equals("uint8") ? data.get() & 0xff : data.getShort() & 0xffff;
            values[i] = (float) (raw * scale + min);
          }
        }
        default -> throw new ConversionException(where + " has unsupported quantization " + qtype);
      }
      return ConstTensor.ofFloats(shape, values);
    } catch (java.nio.BufferUnderflowException e) {
      throw new ConversionException(
          "weight shards end inside " + where + "; the .bin is truncated", e);
    }
  }

  private static ConstTensor readPlain(ByteBuffer data, DType dtype, int[] shape, int n) {
    if (dtype == DType.FLOAT) {
      float[] values = new float[n];
      data.asFloatBuffer().get(values);
      data.position(data.position() + 4 * n);
      return ConstTensor.ofFloats(shape, values);
    }
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] =
          switch (dtype) {
            case INT32 -> data.getInt();
            case INT64 -> data.getLong();
            case BOOL -> data.get() != 0 ? 1 : 0;
            default -> throw new IllegalStateException();
          };
    }
    return ConstTensor.ofLongs(dtype, shape, values);
  }
}
