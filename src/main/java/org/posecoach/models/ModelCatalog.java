package org.posecoach.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models Pose Coach knows, read from {@code models/catalog.json} on the classpath. */
public final class ModelCatalog {
  private static final String RESOURCE = "/models/catalog.json";

  private final Map<String, ModelSpec> models;
  private final Map<String, PackageSpec> packages;

  private ModelCatalog(Map<String, ModelSpec> models, Map<String, PackageSpec> packages) {
    this.models = models;
    this.packages = packages;
  }

  /** The catalog bundled with the application. */
  public static ModelCatalog bundled() {
    try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ModelCatalog parse(JsonNode root) {
    Map<String, PackageSpec> packages = new LinkedHashMap<>();
    for (JsonNode p : root.path("packages")) {
      PackageSpec spec =
          new PackageSpec(
              p.path("name").asText(),
              p.path("version").asText(),
              p.path("integrity").asText(),
              p.path("license").asText());
      packages.put(spec.ref(), spec);
    }
    Map<String, ModelSpec> models = new LinkedHashMap<>();
    for (JsonNode m : root.path("models")) {
      ModelSpec spec =
          new ModelSpec(
              m.path("id").asText(),
              ModelRole.fromId(m.path("role").asText()),
              m.path("description").asText(),
              m.path("package").asText(),
              m.path("graph").asText(),
              strings(m.path("entries")),
              m.path("input_size").asInt(),
              m.path("input").asText(),
              m.path("keypoints").asText(),
              m.path("license").asText(),
              m.path("onnx_sha256").asText(),
              strings(m.path("requires")),
              variants(m.path("variants")));
      if (!packages.containsKey(spec.packageRef())) {
        throw new IllegalStateException(
            "catalog model " + spec.id() + " names unknown package " + spec.packageRef());
      }
      models.put(spec.id(), spec);
    }
    return new ModelCatalog(models, packages);
  }

  private static List<ModelSpec.Variant> variants(JsonNode array) {
    List<ModelSpec.Variant> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(
          new ModelSpec.Variant(
              v.path("name").asText(), strings(v.path("outputs")), v.path("onnx_sha256").asText()));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The model called {@code id}; a {@link ModelException} listing the valid ids otherwise. */
  public ModelSpec model(String id) {
    ModelSpec spec = models.get(id);
    if (spec == null) {
      throw new ModelException(
          "Unknown model '" + id + "'. Choose one of: " + String.join(", ", estimatorIds()));
    }
    return spec;
  }

  public List<ModelSpec> models() {
    return List.copyOf(models.values());
  }

  /** Ids users can pick, in catalog order. */
  public List<String> estimatorIds() {
    return models.values().stream().filter(ModelSpec::isEstimator).map(ModelSpec::id).toList();
  }

  public PackageSpec packageOf(ModelSpec spec) {
    return packages.get(spec.packageRef());
  }
}
