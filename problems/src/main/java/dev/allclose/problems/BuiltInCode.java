package dev.allclose.problems;

import dev.allclose.judge.problem.ProblemCode;
import dev.allclose.judge.problem.ProblemCodes;
import dev.allclose.problems.assignment.HungarianCases;
import dev.allclose.problems.assignment.HungarianChecker;
import dev.allclose.problems.attention.AttentionComplexityCases;
import dev.allclose.problems.attention.AttentionGradientCases;
import dev.allclose.problems.attention.FlashAttentionCases;
import dev.allclose.problems.attention.GroupedQueryAttentionCases;
import dev.allclose.problems.attention.LinearAttentionCases;
import dev.allclose.problems.attention.MultiHeadAttentionCases;
import dev.allclose.problems.attention.SlidingWindowAttentionCases;
import dev.allclose.problems.bayes.McDropoutCases;
import dev.allclose.problems.biasvariance.BiasVarianceCases;
import dev.allclose.problems.biasvariance.BiasVarianceChecker;
import dev.allclose.problems.bloom.BloomFilterCases;
import dev.allclose.problems.bloom.BloomFilterChecker;
import dev.allclose.problems.clustering.KMeansCases;
import dev.allclose.problems.contrastive.NtXentCases;
import dev.allclose.problems.decoding.BeamSearchCases;
import dev.allclose.problems.decoding.BeamSearchChecker;
import dev.allclose.problems.diffusion.DdpmScheduleCases;
import dev.allclose.problems.divergence.KlDivergenceCases;
import dev.allclose.problems.entropy.MixtureEntropyCases;
import dev.allclose.problems.estimators.ReparameterizationCases;
import dev.allclose.problems.gan.GanTrainingCases;
import dev.allclose.problems.graph.DijkstraCases;
import dev.allclose.problems.graph.DijkstraChecker;
import dev.allclose.problems.hashing.ConsistentHashingCases;
import dev.allclose.problems.hashing.ConsistentHashingChecker;
import dev.allclose.problems.linalg.SvdLowRankCases;
import dev.allclose.problems.linalg.SvdLowRankChecker;
import dev.allclose.problems.lora.LoraCases;
import dev.allclose.problems.loss.SoftmaxCrossEntropyCases;
import dev.allclose.problems.online.PerceptronCases;
import dev.allclose.problems.optim.AdamCases;
import dev.allclose.problems.optim.SgdConvergenceCases;
import dev.allclose.problems.positional.RotaryEmbeddingCases;
import dev.allclose.problems.prompting.PromptTuningCases;
import dev.allclose.problems.recommendation.BprCases;
import dev.allclose.problems.recommendation.TwoTowerCases;
import dev.allclose.problems.reinforce.ReinforceCases;
import dev.allclose.problems.retrieval.Bm25Cases;
import dev.allclose.problems.scan.PrefixScanCases;
import dev.allclose.problems.search.GridPathCases;
import dev.allclose.problems.search.GridPathChecker;
import dev.allclose.problems.selection.TopKCases;
import dev.allclose.problems.sparse.SparseMatmulCases;
import dev.allclose.problems.spatial.KdTreeCases;
import dev.allclose.problems.tokenizer.BytePairEncodingCases;
import dev.allclose.problems.vae.VaeCases;
import dev.allclose.problems.variational.ElboCases;
import dev.allclose.problems.variational.ElboChecker;
import dev.allclose.reference.assignment.LinearSumAssignment;
import dev.allclose.reference.attention.AttentionBackward;
import dev.allclose.reference.attention.AttentionCost;
import dev.allclose.reference.attention.FlashAttention;
import dev.allclose.reference.attention.GroupedQueryAttention;
import dev.allclose.reference.attention.LinearAttention;
import dev.allclose.reference.attention.MultiHeadAttention;
import dev.allclose.reference.attention.SlidingWindowAttention;
import dev.allclose.reference.bayes.McDropout;
import dev.allclose.reference.biasvariance.BiasVariance;
import dev.allclose.reference.bloom.BloomFilter;
import dev.allclose.reference.clustering.KMeans;
import dev.allclose.reference.contrastive.NtXent;
import dev.allclose.reference.decoding.BeamSearch;
import dev.allclose.reference.diffusion.DdpmSchedule;
import dev.allclose.reference.divergence.KlDivergence;
import dev.allclose.reference.entropy.MixtureEntropy;
import dev.allclose.reference.estimators.GaussianGradientEstimators;
import dev.allclose.reference.gan.GanTraining;
import dev.allclose.reference.graph.Dijkstra;
import dev.allclose.reference.hashing.HashRing;
import dev.allclose.reference.linalg.LowRankApproximation;
import dev.allclose.reference.lora.LoraLinear;
import dev.allclose.reference.loss.SoftmaxCrossEntropy;
import dev.allclose.reference.online.Perceptron;
import dev.allclose.reference.optim.Adam;
import dev.allclose.reference.optim.ProjectedSgd;
import dev.allclose.reference.positional.RotaryEmbedding;
import dev.allclose.reference.prompting.SoftPromptTuning;
import dev.allclose.reference.recommendation.BayesianPersonalizedRanking;
import dev.allclose.reference.recommendation.InBatchSoftmax;
import dev.allclose.reference.reinforce.Reinforce;
import dev.allclose.reference.retrieval.Bm25;
import dev.allclose.reference.scan.BlellochScan;
import dev.allclose.reference.search.GridAStar;
import dev.allclose.reference.selection.TopK;
import dev.allclose.reference.sparse.CsrProduct;
import dev.allclose.reference.spatial.KdTree;
import dev.allclose.reference.tokenizer.BytePairEncoding;
import dev.allclose.reference.vae.VariationalAutoencoder;
import dev.allclose.reference.variational.LinearGaussianElbo;
import java.util.Map;

/**
 * The Java parts of every built-in problem, by slug: its case generator, its checker where the
 * default comparison does not decide, and its reference implementation. The one place a problem's
 * code is named; {@code problem.yaml} says {@code generator: built-in} and the judge looks the slug
 * up here (through {@link ProblemCodes}). {@code BuiltInCodeTest} checks that every package and
 * every golden-case folder has its entry, and every entry its package.
 */
public final class BuiltInCode implements ProblemCodes {
  private static final Map<String, ProblemCode> BY_SLUG =
      Map.ofEntries(
          Map.entry(
              "multi-head-attention",
              compared(new MultiHeadAttentionCases(), MultiHeadAttention.class)),
          Map.entry("k-means", compared(new KMeansCases(), KMeans.class)),
          Map.entry("bm25", compared(new Bm25Cases(), Bm25.class)),
          Map.entry("bpe-tokenizer", compared(new BytePairEncodingCases(), BytePairEncoding.class)),
          Map.entry(
              "beam-search",
              new ProblemCode(new BeamSearchCases(), new BeamSearchChecker(), BeamSearch.class)),
          Map.entry("gan-training-loop", compared(new GanTrainingCases(), GanTraining.class)),
          Map.entry("simclr-nt-xent", compared(new NtXentCases(), NtXent.class)),
          Map.entry("reinforce", compared(new ReinforceCases(), Reinforce.class)),
          Map.entry("flash-attention", compared(new FlashAttentionCases(), FlashAttention.class)),
          Map.entry("lora", compared(new LoraCases(), LoraLinear.class)),
          Map.entry("rope", compared(new RotaryEmbeddingCases(), RotaryEmbedding.class)),
          Map.entry("vae", compared(new VaeCases(), VariationalAutoencoder.class)),
          Map.entry(
              "grouped-query-attention",
              compared(new GroupedQueryAttentionCases(), GroupedQueryAttention.class)),
          Map.entry("ddpm-schedule", compared(new DdpmScheduleCases(), DdpmSchedule.class)),
          Map.entry(
              "svd-low-rank",
              new ProblemCode(
                  new SvdLowRankCases(), new SvdLowRankChecker(), LowRankApproximation.class)),
          Map.entry("sgd-convergence", compared(new SgdConvergenceCases(), ProjectedSgd.class)),
          Map.entry(
              "attention-complexity",
              compared(new AttentionComplexityCases(), AttentionCost.class)),
          Map.entry("adam", compared(new AdamCases(), Adam.class)),
          Map.entry("prompt-tuning", compared(new PromptTuningCases(), SoftPromptTuning.class)),
          Map.entry("sparse-matmul", compared(new SparseMatmulCases(), CsrProduct.class)),
          Map.entry(
              "reparameterization-trick",
              compared(new ReparameterizationCases(), GaussianGradientEstimators.class)),
          Map.entry("mc-dropout", compared(new McDropoutCases(), McDropout.class)),
          Map.entry("top-k", compared(new TopKCases(), TopK.class)),
          Map.entry(
              "hungarian",
              new ProblemCode(
                  new HungarianCases(), new HungarianChecker(), LinearSumAssignment.class)),
          Map.entry(
              "dijkstra",
              new ProblemCode(new DijkstraCases(), new DijkstraChecker(), Dijkstra.class)),
          Map.entry(
              "softmax-cross-entropy-gradient",
              compared(new SoftmaxCrossEntropyCases(), SoftmaxCrossEntropy.class)),
          Map.entry("kl-divergence", compared(new KlDivergenceCases(), KlDivergence.class)),
          Map.entry(
              "attention-gradient",
              compared(new AttentionGradientCases(), AttentionBackward.class)),
          Map.entry(
              "elbo",
              new ProblemCode(new ElboCases(), new ElboChecker(), LinearGaussianElbo.class)),
          Map.entry("mixture-entropy", compared(new MixtureEntropyCases(), MixtureEntropy.class)),
          Map.entry(
              "bias-variance",
              new ProblemCode(
                  new BiasVarianceCases(), new BiasVarianceChecker(), BiasVariance.class)),
          Map.entry(
              "bloom-filter",
              new ProblemCode(new BloomFilterCases(), new BloomFilterChecker(), BloomFilter.class)),
          Map.entry(
              "a-star",
              new ProblemCode(new GridPathCases(), new GridPathChecker(), GridAStar.class)),
          Map.entry("kd-tree", compared(new KdTreeCases(), KdTree.class)),
          Map.entry(
              "consistent-hashing",
              new ProblemCode(
                  new ConsistentHashingCases(), new ConsistentHashingChecker(), HashRing.class)),
          Map.entry("perceptron", compared(new PerceptronCases(), Perceptron.class)),
          Map.entry("prefix-scan", compared(new PrefixScanCases(), BlellochScan.class)),
          Map.entry("bpr", compared(new BprCases(), BayesianPersonalizedRanking.class)),
          Map.entry("two-tower", compared(new TwoTowerCases(), InBatchSoftmax.class)),
          Map.entry(
              "linear-attention", compared(new LinearAttentionCases(), LinearAttention.class)),
          Map.entry(
              "sliding-window-attention",
              compared(new SlidingWindowAttentionCases(), SlidingWindowAttention.class)));

  /** A problem judged by comparing every expected result. */
  private static ProblemCode compared(
      dev.allclose.judge.cases.CaseGenerator generator, Class<?> reference) {
    return new ProblemCode(generator, null, reference);
  }

  @Override
  public Map<String, ProblemCode> bySlug() {
    return BY_SLUG;
  }
}
