package org.posecoach.models;

import java.util.List;

/**
 * One entry of {@code models/catalog.json}: where a model comes from and what it expects.
 *
 * @param id the name users type, e.g. {@code blazepose-full}
 * @param role what the model does
 * @param packageRef npm package and version, {@code name@version}
 * @param graph path of the TF.js {@code model.json} inside the package tarball
 * @param entries tarball entries to extract (graph and weight shards)
 * @param inputSize the model's square input side, in pixels
 * @param keypoints keypoint layout name ({@code COCO_17}, {@code BLAZEPOSE_33}) or a note
 * @param onnxSha256 hex SHA-256 of the converted ONNX file
 * @param requires ids of models this one needs at run time (BlazePose needs its detector)
 * @param variants smaller conversions of the same graph that keep only some outputs
 */
public record ModelSpec(
    String id,
    ModelRole role,
    String description,
    String packageRef,
    String graph,
    List<String> entries,
    int inputSize,
    String input,
    String keypoints,
    String license,
    String onnxSha256,
    List<String> requires,
    List<Variant> variants) {

  /**
   * A conversion that keeps only {@code outputs} of the graph, and so leaves out the layers only
   * the other outputs need (BlazePose without its segmentation head runs about a third faster).
   */
  public record Variant(String name, List<String> outputs, String onnxSha256) {
    public Variant {
      outputs = List.copyOf(outputs);
    }
  }

  public ModelSpec {
    entries = List.copyOf(entries);
    requires = List.copyOf(requires);
    variants = List.copyOf(variants);
  }

  /** The variant called {@code name}; a {@link ModelException} when there is none. */
  public Variant variant(String name) {
    return variants.stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new ModelException(id + " has no variant '" + name + "'"));
  }

  /** Whether users pick this model (detectors are parts of another). */
  public boolean isEstimator() {
    return role != ModelRole.DETECTOR;
  }
}
