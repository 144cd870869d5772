package org.posecoach.pose.image;

import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * The pre-processing every pose model here shares: a filled {@link TensorInput} is handed to the
 * engine as one tensor, as it is. Subclasses only decode the model's outputs in {@code
 * processOutput} (DJL's {@code BaseImageTranslator} splits the work the same way).
 *
 * @param <O> what the model's outputs are decoded into
 */
public abstract class TensorInputTranslator<O> implements NoBatchifyTranslator<TensorInput, O> {
  @Override
  public final NDList processInput(TranslatorContext ctx, TensorInput input) {
    return new NDList(ctx.getNDManager().create(input.data(), input.shape(), input.dataType()));
  }
}
