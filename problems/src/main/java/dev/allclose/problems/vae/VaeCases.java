package dev.allclose.problems.vae;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.vae.VariationalAutoencoder;
import dev.allclose.reference.vae.VariationalAutoencoder.Elbo;
import dev.allclose.reference.vae.VariationalAutoencoder.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 10, vae. Every case calls both entry points on the same inputs. Which reject
 * kind each hidden case catches:
 *
 * <ul>
 *   <li>every case: the KL with its sign flipped (it is never 0 here), z = mu + exp(lv) eps (lv is
 *       never 0), and lv read as log sigma (both z and the KL change);
 *   <li>large-logits (decoder weights of size 100, logits in the hundreds) and large-log-variance
 *       (lv near +10, z in the hundreds): log(sigmoid(l)) and log(1 - sigmoid(l)) reach log(0) =
 *       -inf, and 0 * -inf = NaN, so a BCE without softplus fails;
 *   <li>small-log-variance (lv near -15): the KL is dominated by its -lv term, which doubles when
 *       lv is read as log sigma.
 * </ul>
 *
 * Edge cases: one example, one latent dimension, both at once; x binary or probabilities in [0, 1].
 */
public final class VaeCases implements CaseGenerator {
  private static final List<String> INPUTS =
      List.of("x", "W_mu", "b_mu", "W_lv", "b_lv", "W_dec", "b_dec", "eps");
  private static final List<String> GRADIENTS =
      List.of("W_mu", "b_mu", "W_lv", "b_lv", "W_dec", "b_dec");

  /**
   * One case's recipe: batch, data and latent sizes, whether x is binary, the typical size of a
   * decoder weight times |z|, and the offset of the log-variance head.
   */
  private record Spec(
      TestCase.Builder builder,
      String description,
      int batch,
      int dim,
      int latent,
      boolean binary,
      double decoderScale,
      double logVarShift) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<Spec> specs = new ArrayList<>();
    specs.add(plain(TestCase.sample("sample-1"), "B = 4, D = 6, Z = 2, binary x", 4, 6, 2, true));
    specs.add(
        plain(
            TestCase.sample("sample-2-probabilities"),
            "B = 3, D = 5, Z = 2, x in [0, 1]",
            3,
            5,
            2,
            false));
    specs.add(
        plain(TestCase.hidden("single-example"), "B = 1, D = 5, Z = 3, binary x", 1, 5, 3, true));
    specs.add(
        plain(TestCase.hidden("one-latent"), "B = 6, D = 8, Z = 1, x in [0, 1]", 6, 8, 1, false));
    specs.add(
        plain(
            TestCase.hidden("single-example-one-latent"),
            "B = 1, D = 3, Z = 1, binary x",
            1,
            3,
            1,
            true));
    specs.add(
        plain(
            TestCase.hidden("binary-medium"), "B = 16, D = 32, Z = 4, binary x", 16, 32, 4, true));
    specs.add(
        new Spec(
            TestCase.hidden("large-logits"),
            "B = 4, D = 10, Z = 3, decoder logits in the hundreds",
            4,
            10,
            3,
            true,
            100,
            0));
    specs.add(
        new Spec(
            TestCase.hidden("large-log-variance"),
            "B = 5, D = 8, Z = 2, lv near +10 (sigma near 150)",
            5,
            8,
            2,
            true,
            1,
            10));
    specs.add(
        new Spec(
            TestCase.hidden("small-log-variance"),
            "B = 5, D = 8, Z = 3, lv near -15 (sigma near 5e-4), x in [0, 1]",
            5,
            8,
            3,
            false,
            1,
            -15));
    specs.add(
        plain(
            TestCase.hidden("mnist-sized"),
            "B = 64, D = 784, Z = 20, x in [0, 1]",
            64,
            784,
            20,
            false));
    List<TestCase> cases = new ArrayList<>();
    for (Spec s : specs) {
      cases.add(make(ctx, s));
    }
    return cases;
  }

  private static Spec plain(
      TestCase.Builder builder, String description, int b, int d, int z, boolean binary) {
    return new Spec(builder, description, b, d, z, binary, 1, 0);
  }

  private static TestCase make(GenerationContext ctx, Spec s) {
    Rng rng = ctx.rng(s.builder().name());
    double[][] x = data(rng, s);
    Parameters p = parameters(rng, s);
    double[][] eps = NestedArrays.toMatrix(rng.normal(1.0, s.batch(), s.latent()));
    Elbo e = VariationalAutoencoder.elbo(x, p, eps);
    Parameters g = VariationalAutoencoder.negativeElboGradients(x, p, eps);
    return s.builder()
        .describe(s.description())
        .input("x", array(x))
        .input("W_mu", array(p.wMu()))
        .input("b_mu", array(p.bMu()))
        .input("W_lv", array(p.wLv()))
        .input("b_lv", array(p.bLv()))
        .input("W_dec", array(p.wDec()))
        .input("b_dec", array(p.bDec()))
        .input("eps", array(eps))
        .call(CaseCall.call("vae_elbo", INPUTS, List.of("elbo", "recon", "kl")))
        .call(CaseCall.call("vae_grads", INPUTS, GRADIENTS))
        .expect("elbo", scalar(e.elbo()))
        .expect("recon", scalar(e.recon()))
        .expect("kl", scalar(e.kl()))
        .expect("W_mu", array(g.wMu()))
        .expect("b_mu", array(g.bMu()))
        .expect("W_lv", array(g.wLv()))
        .expect("b_lv", array(g.bLv()))
        .expect("W_dec", array(g.wDec()))
        .expect("b_dec", array(g.bDec()))
        .build();
  }

  private static double[][] data(Rng rng, Spec s) {
    double[][] x = new double[s.batch()][s.dim()];
    for (double[] row : x) {
      for (int d = 0; d < row.length; d++) {
        row[d] = s.binary() ? (rng.nextBoolean() ? 1 : 0) : rng.nextDouble();
      }
    }
    return x;
  }

  /**
   * Encoder weights N(0, 1/D) keep mu and lv of order 1; decoder weights N(0, scale^2 / Z) give
   * logits of order scale * |z|; biases N(0, 0.01), plus the shift on b_lv.
   */
  private static Parameters parameters(Rng rng, Spec s) {
    double enc = 1.0 / Math.sqrt(s.dim());
    double dec = s.decoderScale() / Math.sqrt(s.latent());
    double[] bLv = NestedArrays.toVector(rng.normal(0.1, s.latent()));
    for (int j = 0; j < bLv.length; j++) {
      bLv[j] += s.logVarShift();
    }
    return new Parameters(
        NestedArrays.toMatrix(rng.normal(enc, s.dim(), s.latent())),
        NestedArrays.toVector(rng.normal(0.1, s.latent())),
        NestedArrays.toMatrix(rng.normal(enc, s.dim(), s.latent())),
        bLv,
        NestedArrays.toMatrix(rng.normal(dec, s.latent(), s.dim())),
        NestedArrays.toVector(rng.normal(0.1, s.dim())));
  }
}
