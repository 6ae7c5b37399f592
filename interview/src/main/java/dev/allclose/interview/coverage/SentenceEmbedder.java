package dev.allclose.interview.coverage;

import java.util.List;

/**
 * Maps sentences to unit vectors whose dot product measures closeness of meaning. Implementations
 * are thread-safe.
 */
public interface SentenceEmbedder {
  /** Whether vectors can be had; false when the model could not be loaded. */
  boolean available();

  /**
   * One unit vector per sentence, in order.
   *
   * @throws IllegalStateException when {@link #available()} is false
   */
  List<float[]> embed(List<String> sentences);

  /** The embedder of a scorer that only counts words. */
  static SentenceEmbedder none() {
    return new SentenceEmbedder() {
      @Override
      public boolean available() {
        return false;
      }

      @Override
      public List<float[]> embed(List<String> sentences) {
        throw new IllegalStateException("no sentence-embedding model");
      }
    };
  }
}
