package org.posecoach.models.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One node of a TF.js graph model ({@code modelTopology.node[i]}): a TensorFlow {@code NodeDef}
 * written as JSON. Attribute accessors decode the JSON forms ({@code {"i": "2"}}, base64 strings,
 * {@code {"list": {...}}}).
 */
record TfjsNode(String name, String op, List<String> inputs, JsonNode attrs) {

  TfjsNode {
    inputs = List.copyOf(inputs);
  }

  static TfjsNode fromJson(JsonNode json) {
    List<String> inputs = new ArrayList<>();
    for (JsonNode in : json.path("input")) {
      String s = in.asText();
      if (!s.startsWith("^")) { // control dependencies carry no data
        inputs.add(s);
      }
    }
    return new TfjsNode(
        json.path("name").asText(), json.path("op").asText(), inputs, json.path("attr"));
  }

  boolean has(String attr) {
    return attrs.has(attr);
  }

  String where() {
    return op + " node '" + name + "'";
  }

  /** Fails unless the node works on NHWC images, the only layout TF.js models use. */
  void requireNhwc() {
    String format = stringAttr("data_format", "NHWC");
    if (!format.equals("NHWC")) {
      throw new ConversionException(
          where() + " uses data_format " + format + "; only NHWC is supported");
    }
  }

  private JsonNode attr(String attr) {
    JsonNode v = attrs.get(attr);
    if (v == null) {
      throw new ConversionException(where() + " lacks attribute '" + attr + "'");
    }
    return v;
  }

  long intAttr(String attr) {
    return Long.parseLong(attr(attr).path("i").asText("0"));
  }

  long intAttr(String attr, long fallback) {
    return has(attr) ? intAttr(attr) : fallback;
  }

  boolean boolAttr(String attr, boolean fallback) {
    return has(attr) ? attr(attr).path("b").asBoolean(fallback) : fallback;
  }

  String stringAttr(String attr, String fallback) {
    return has(attr) ? decode(attr(attr).path("s").asText()) : fallback;
  }

  DType typeAttr(String attr) {
    return DType.fromTf(attr(attr).path("type").asText(), where());
  }

  int[] intsAttr(String attr) {
    if (!has(attr)) {
      return new int[0];
    }
    JsonNode list = attr(attr).path("list").path("i");
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Integer.parseInt(list.get(i).asText());
    }
    return out;
  }

  List<String> stringsAttr(String attr) {
    List<String> out = new ArrayList<>();
    if (has(attr)) {
      for (JsonNode s : attr(attr).path("list").path("s")) {
        out.add(decode(s.asText()));
      }
    }
    return out;
  }

  /** The static shape in a {@code shape} attribute; unknown (-1) batch becomes 1. */
  int[] shapeAttr(String attr) {
    JsonNode dims = attr(attr).path("shape").path("dim");
    int[] out = new int[dims.size()];
    for (int i = 0; i < out.length; i++) {
      int d = Integer.parseInt(dims.get(i).path("size").asText("-1"));
      if (d < 0 && i > 0) {
        throw new ConversionException(where() + " has an unknown dimension " + i);
      }
      out[i] = d < 0 ? 1 : d;
    }
    return out;
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
