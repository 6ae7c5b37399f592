package dev.allclose.judge.cases;

import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.Rng;

/** What a generator gets: the problem and the seed from its metadata. */
public record GenerationContext(ProblemMetadata metadata, long seed) {
  /** An independent random stream for one case, stable when other cases are added. */
  public Rng rng(String caseName) {
    return new Rng(seed).fork(caseName);
  }
}
