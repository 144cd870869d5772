package org.posecoach.models.convert;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.posecoach.models.convert.onnx.Onnx.AttributeProto;
import org.posecoach.models.convert.onnx.Onnx.AttributeProto.AttributeType;
import org.posecoach.models.convert.onnx.Onnx.GraphProto;
import org.posecoach.models.convert.onnx.Onnx.ModelProto;
import org.posecoach.models.convert.onnx.Onnx.NodeProto;
import org.posecoach.models.convert.onnx.Onnx.OperatorSetIdProto;
import org.posecoach.models.convert.onnx.Onnx.StringStringEntryProto;
import org.posecoach.models.convert.onnx.Onnx.TensorProto;
import org.posecoach.models.convert.onnx.Onnx.TensorShapeProto;
import org.posecoach.models.convert.onnx.Onnx.TypeProto;
import org.posecoach.models.convert.onnx.Onnx.ValueInfoProto;

/**
 * An ONNX graph under construction: nodes in topological order, initializers, typed inputs and
 * outputs; serialized to a {@code ModelProto} through the classes generated from {@code
 * src/main/proto/onnx.proto}.
 */
final class OnnxGraph {
  static final int OPSET = 17;

  /** IR version 8 is the one that goes with opset 17 (ONNX 1.12). */
  static final int IR_VERSION = 8;

  /** An attribute value: long, float, String, long[] or float[]. */
  record Attr(String name, Object value) {}

  record Node(String op, List<String> inputs, List<String> outputs, String name, List<Attr> attrs) {
    /** The value of attribute {@code key}, or null when the node does not set it. */
    Object attr(String key) {
      for (Attr a : attrs) {
        if (a.name().equals(key)) {
          return a.value();
        }
      }
      return null;
    }

    long longAttr(String key, long fallback) {
      Object v = attr(key);
      return v == null ? fallback : ((Number) v).longValue();
    }

    /** Whether this is a 1×1 convolution over all channels (no groups, stride 1, no padding). */
    boolean isPointwiseConv(ConstTensor weights) {
      return op.equals("Conv")
          && longAttr("group", 1) == 1
          && weights != null
          && weights.rank() == 4
          && weights.shape[2] == 1
          && weights.shape[3] == 1
          && allEqual(attr("strides"), 1)
          && allEqual(attr("pads"), 0);
    }

    private static boolean allEqual(Object ints, int value) {
      return ints == null || Arrays.stream((int[]) ints).allMatch(i -> i == value);
    }
  }

  record Port(String name, DType dtype, int[] shape) {}

  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, ConstTensor> initializers = new LinkedHashMap<>();
  private final List<Port> inputs = new ArrayList<>();
  private final List<Port> outputs = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  /** Static shapes of the tensors the converter knows them for (ONNX layout), by name. */
  private final Map<String, int[]> shapes = new HashMap<>();

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

  /** Records that tensor {@code name} has {@code shape} in the layout the graph holds it in. */
  void recordShape(String name, int[] shape) {
    shapes.put(name, shape.clone());
  }

  /** The recorded shape of tensor {@code name}, or null when unknown. */
  int[] shapeOf(String name) {
    int[] shape = shapes.get(name);
    return shape == null ? null : shape.clone();
  }

  /** The nodes in topological order, for rewrites that replace some of them in place. */
  List<Node> nodes() {
    return nodes;
  }

  /** The initializer named {@code name}, or null when that tensor is computed. */
  ConstTensor initializer(String name) {
    return initializers.get(name);
  }

  /** How many times each tensor is read, graph outputs counting as readers. */
  Map<String, Integer> uses() {
    Map<String, Integer> uses = new HashMap<>();
    for (Node n : nodes) {
      n.inputs().forEach(in -> uses.merge(in, 1, Integer::sum));
    }
    outputs.forEach(p -> uses.merge(p.name(), 1, Integer::sum));
    return uses;
  }

  /** The node computing each tensor. */
  Map<String, Node> producers() {
    Map<String, Node> producers = new HashMap<>();
    for (Node n : nodes) {
      n.outputs().forEach(out -> producers.put(out, n));
    }
    return producers;
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
    GraphProto.Builder g = GraphProto.newBuilder();
    nodes.forEach(n -> g.addNode(node(n)));
    g.setName(producer);
    initializers.forEach((name, t) -> g.addInitializer(tensor(name, t)));
    inputs.forEach(p -> g.addInput(valueInfo(p)));
    outputs.forEach(p -> g.addOutput(valueInfo(p)));
    ModelProto.Builder model =
        ModelProto.newBuilder()
            .setIrVersion(IR_VERSION)
            .setProducerName(producer)
            .setProducerVersion(version)
            .setGraph(g)
            .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET));
    metadata.forEach(
        (key, value) ->
            model.addMetadataProps(
                StringStringEntryProto.newBuilder().setKey(key).setValue(value)));
    return model.build().toByteArray();
  }

  private static NodeProto node(Node n) {
    NodeProto.Builder b =
        NodeProto.newBuilder()
            .addAllInput(n.inputs())
            .addAllOutput(n.outputs())
            .setName(n.name())
            .setOpType(n.op());
    n.attrs().forEach(a -> b.addAttribute(attribute(a)));
    return b.build();
  }

  private static AttributeProto attribute(Attr a) {
    AttributeProto.Builder b = AttributeProto.newBuilder().setName(a.name());
    Object v = a.value();
    if (v instanceof Long l) {
      b.setI(l).setType(AttributeType.INT);
    } else if (v instanceof Integer i) {
      b.setI(i).setType(AttributeType.INT);
    } else if (v instanceof Float f) {
      b.setF(f).setType(AttributeType.FLOAT);
    } else if (v instanceof String s) {
      b.setS(ByteString.copyFromUtf8(s)).setType(AttributeType.STRING);
    } else if (v instanceof long[] ls) {
      Arrays.stream(ls).forEach(b::addInts);
      b.setType(AttributeType.INTS);
    } else if (v instanceof int[] is) {
      Arrays.stream(is).forEach(b::addInts);
      b.setType(AttributeType.INTS);
    } else if (v instanceof float[] fs) {
      for (float f : fs) {
        b.addFloats(f);
      }
      b.setType(AttributeType.FLOATS);
    } else {
      throw new IllegalArgumentException("attribute type " + v.getClass());
    }
    return b.build();
  }

  private static TensorProto tensor(String name, ConstTensor t) {
    TensorProto.Builder b = TensorProto.newBuilder();
    Arrays.stream(t.shape).forEach(b::addDims);
    // rawBytes() is a fresh array nobody else holds, so wrapping it spares a copy of the weights.
    return b.setDataType(t.dtype.onnxCode)
        .setName(name)
        .setRawData(UnsafeByteOperations.unsafeWrap(t.rawBytes()))
        .build();
  }

  private static ValueInfoProto valueInfo(Port p) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (int d : p.shape()) {
      shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
    }
    TypeProto.Tensor tensorType =
        TypeProto.Tensor.newBuilder().setElemType(p.dtype().onnxCode).setShape(shape).build();
    return ValueInfoProto.newBuilder()
        .setName(p.name())
        .setType(TypeProto.newBuilder().setTensorType(tensorType))
        .build();
  }
}
