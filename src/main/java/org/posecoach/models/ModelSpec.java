package org.posecoach.models;

import java.util.List;

/**
 * One entry of {@code models/catalog.json}: where a model comes from and what it expects.
 *
 * @param id the name users type, e.g. {@code blazepose-full}
 * @param role {@code singlepose}, {@code landmarks} or {@code detector}
 * @param packageRef npm package and version, {@code name@version}
 * @param graph path of the TF.js {@code model.json} inside the package tarball
 * @param entries tarball entries to extract (graph and weight shards)
 * @param inputSize the model's square input side, in pixels
 * @param keypoints keypoint layout name ({@code COCO_17}, {@code BLAZEPOSE_33}) or a note
 * @param onnxSha256 hex SHA-256 of the converted ONNX file
 * @param requires ids of models this one needs at run time (BlazePose needs its detector)
 */
public record ModelSpec(
    String id,
    String role,
    String description,
    String packageRef,
    String graph,
    List<String> entries,
    int inputSize,
    String input,
    String keypoints,
    String license,
    String onnxSha256,
    List<String> requires) {

  public ModelSpec {
    entries = List.copyOf(entries);
    requires = List.copyOf(requires);
  }

  /** Whether users pick this model (detectors are parts of another). */
  public boolean isEstimator() {
    return !role.equals("detector");
  }
}
