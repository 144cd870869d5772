package org.posecoach.models.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ONNX graph under construction: nodes in topological order, initializers, typed inputs and
 * outputs; serialized to a {@code ModelProto}. Field numbers follow {@code onnx.proto}.
 */
final class OnnxGraph {
  static final int OPSET = 17;

  /** IR version 8 is the one that goes with opset 17 (ONNX 1.12). */
  static final int IR_VERSION = 8;

  /** An attribute value: long, float, String, long[] or float[]. */
  record Attr(String name, Object value) {}

  record Node(
      String op, List<String> inputs, List<String> outputs, String name, List<Attr> attrs) {}

  record Port(String name, DType dtype, int[] shape) {}

  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, ConstTensor> initializers = new LinkedHashMap<>();
  private final List<Port> inputs = new ArrayList<>();
  private final List<Port> outputs = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  /** A tensor name not used yet, derived from {@code base}. */
  String fresh(String base) {
    String name = base;
    for (int i = 1; !names.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  /** Claims {@code name} before anything else can, so that it stays free for a graph output. */
  void reserve(String name) {
    if (!names.add(name)) {
      throw new ConversionException("tensor name '" + name + "' is used twice");
    }
  }

  String addInitializer(String base, ConstTensor tensor) {
    String name = fresh(base);
    initializers.put(name, tensor);
    return name;
  }

  void addNode(String op, List<String> in, List<String> out, String name, Attr... attrs) {
    for (String o : out) {
      names.add(o);
    }
    nodes.add(new Node(op, List.copyOf(in), List.copyOf(out), name, List.of(attrs)));
  }

  /** Adds a one-output node and returns its output name. */
  String add(String op, String outputBase, List<String> in, Attr... attrs) {
    String out = fresh(outputBase);
    addNode(op, in, List.of(out), out, attrs);
    return out;
  }

  void addInput(String name, DType dtype, int[] shape) {
    names.add(name);
    inputs.add(new Port(name, dtype, shape.clone()));
  }

  void addOutput(String name, DType dtype, int[] shape) {
    outputs.add(new Port(name, dtype, shape.clone()));
  }

  int nodeCount() {
    return nodes.size();
  }

  List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /** Drops nodes and initializers that no output depends on. */
  void prune() {
    Set<String> needed = new HashSet<>();
    outputs.forEach(p -> needed.add(p.name()));
    List<Node> kept = new ArrayList<>();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      Node n = nodes.get(i);
      if (n.outputs().stream().anyMatch(needed::contains)) {
        kept.add(0, n);
        needed.addAll(n.inputs());
      }
    }
    nodes.clear();
    nodes.addAll(kept);
    initializers.keySet().retainAll(needed);
  }

  byte[] toModelProto(String producer, String version, Map<String, String> metadata) {
    ProtoMessage graph = new ProtoMessage();
    for (Node n : nodes) {
      graph.message(1, node(n));
    }
    graph.string(2, producer);
    for (Map.Entry<String, ConstTensor> e : initializers.entrySet()) {
      graph.message(5, tensor(e.getKey(), e.getValue()));
    }
    for (Port p : inputs) {
      graph.message(11, valueInfo(p));
    }
    for (Port p : outputs) {
      graph.message(12, valueInfo(p));
    }
    ProtoMessage model =
        new ProtoMessage()
            .int64(1, IR_VERSION)
            .string(2, producer)
            .string(3, version)
            .message(7, graph)
            .message(8, new ProtoMessage().string(1, "").int64(2, OPSET));
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      model.message(14, new ProtoMessage().string(1, e.getKey()).string(2, e.getValue()));
    }
    return model.toByteArray();
  }

  private static ProtoMessage node(Node n) {
    ProtoMessage m = new ProtoMessage();
    n.inputs().forEach(i -> m.string(1, i));
    n.outputs().forEach(o -> m.string(2, o));
    m.string(3, n.name()).string(4, n.op());
    for (Attr a : n.attrs()) {
      m.message(5, attribute(a));
    }
    return m;
  }

  private static ProtoMessage attribute(Attr a) {
    // AttributeProto: name=1, f=2, i=3, s=4, floats=7, ints=8, type=20.
    ProtoMessage m = new ProtoMessage().string(1, a.name());
    Object v = a.value();
    if (v instanceof Long l) {
      m.int64(3, l).int64(20, 2);
    } else if (v instanceof Integer i) {
      m.int64(3, i).int64(20, 2);
    } else if (v instanceof Float f) {
      m.float32(2, f).int64(20, 1);
    } else if (v instanceof String s) {
      m.bytes(4, s.getBytes(java.nio.charset.StandardCharsets.UTF_8)).int64(20, 3);
    } else if (v instanceof long[] ls) {
      for (long l : ls) {
        m.int64(8, l);
      }
      m.int64(20, 7);
    } else if (v instanceof int[] is) {
      for (int i : is) {
        m.int64(8, i);
      }
      m.int64(20, 7);
    } else if (v instanceof float[] fs) {
      for (float f : fs) {
        m.float32(7, f);
      }
      m.int64(20, 6);
    } else {
      throw new IllegalArgumentException("attribute type " + v.getClass());
    }
    return m;
  }

  private static ProtoMessage tensor(String name, ConstTensor t) {
    // TensorProto: dims=1, data_type=2, name=8, raw_data=9.
    ProtoMessage m = new ProtoMessage();
    for (int d : t.shape) {
      m.int64(1, d);
    }
    return m.int64(2, t.dtype.onnxCode).string(8, name).bytes(9, t.rawBytes());
  }

  private static ProtoMessage valueInfo(Port p) {
    // ValueInfoProto{name=1, type=2}; TypeProto{tensor_type=1}; Tensor{elem_type=1, shape=2};
    // TensorShapeProto{dim=1}; Dimension{dim_value=1}.
    ProtoMessage shape = new ProtoMessage();
    for (int d : p.shape()) {
      shape.message(1, new ProtoMessage().int64(1, d));
    }
    ProtoMessage tensorType = new ProtoMessage().int64(1, p.dtype().onnxCode).message(2, shape);
    return new ProtoMessage()
        .string(1, p.name())
        .message(2, new ProtoMessage().message(1, tensorType));
  }
}
