package dev.allclose.reference.lora;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.Matrices;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoraLinearTest {
  /** Central differences of a loss that is linear in each factor are exact up to rounding. */
  private static final double FINITE_DIFFERENCE_TOL = 1e-7;

  private static final double IDENTITY_TOL = 1e-12;

  static List<Golden> golden() {
    return GoldenCases.of("lora");
  }

  /**
   * PEFT's LoraConfig layer is the oracle: out_0 its forward, out_1 merge_and_unload's weight,
   * out_2 and out_3 the autograd gradients of lora_A and lora_B.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPeft(Golden g) {
    double[][] x = matrix(g, "x");
    double[][] w = matrix(g, "W");
    double[][] a = matrix(g, "A");
    double[][] bUp = matrix(g, "B");
    double alpha = g.scalar("alpha");
    double[] bias = NestedArrays.toVector(g.get("b"));
    assertGolden(LoraLinear.forward(x, w, bias, a, bUp, alpha), g.get("out_0"), g + " forward");
    assertGolden(LoraLinear.merge(w, a, bUp, alpha), g.get("out_1"), g + " merge");
    LoraLinear.Gradients grads = LoraLinear.backward(x, a, bUp, alpha, matrix(g, "grad_y"));
    assertGolden(grads.dA(), g.get("out_2"), g + " dA");
    assertGolden(grads.dB(), g.get("out_3"), g + " dB");
  }

  @Test
  void mergedWeightComputesTheAdaptedLayer() {
    Layer l = Layer.random(11, 5, 7, 3, 3, 6.0);
    double[][] merged = LoraLinear.merge(l.w, l.a, l.bUp, l.alpha);
    double[][] viaMerge = Matrices.matmul(l.x, Matrices.transpose(merged));
    double[][] direct = LoraLinear.forward(l.x, l.w, l.bias, l.a, l.bUp, l.alpha);
    for (int n = 0; n < direct.length; n++) {
      for (int o = 0; o < direct[n].length; o++) {
        assertThat(viaMerge[n][o] + l.bias[o]).isCloseTo(direct[n][o], within(IDENTITY_TOL));
      }
    }
  }

  @Test
  void freshAdapterLeavesTheLayerUnchanged() {
    Layer l = Layer.random(12, 4, 6, 5, 2, 16.0);
    double[][] zeroB = new double[5][2];
    double[][] y = LoraLinear.forward(l.x, l.w, l.bias, l.a, zeroB, l.alpha);
    double[][] base = Matrices.matmul(l.x, Matrices.transpose(l.w));
    for (int n = 0; n < y.length; n++) {
      for (int o = 0; o < y[n].length; o++) {
        assertThat(y[n][o]).isCloseTo(base[n][o] + l.bias[o], within(IDENTITY_TOL));
      }
    }
    assertThat(LoraLinear.merge(l.w, l.a, zeroB, l.alpha)).isDeepEqualTo(l.w);
    LoraLinear.Gradients g = LoraLinear.backward(l.x, l.a, zeroB, l.alpha, l.gradY);
    for (double[] row : g.dA()) {
      assertThat(row).containsOnly(0.0);
    }
  }

  /** d/dA and d/dB of sum(grad_y * y) by central differences. */
  @Test
  void gradientsMatchFiniteDifferences() {
    Layer l = Layer.random(13, 3, 4, 6, 2, 5.0);
    LoraLinear.Gradients g = LoraLinear.backward(l.x, l.a, l.bUp, l.alpha, l.gradY);
    assertMatchesDifferences(g.dA(), l.a, a -> l.loss(a, l.bUp));
    assertMatchesDifferences(g.dB(), l.bUp, b -> l.loss(l.a, b));
  }

  private static void assertMatchesDifferences(
      double[][] analytic, double[][] param, Function<double[][], Double> loss) {
    double h = 1e-4;
    for (int i = 0; i < param.length; i++) {
      for (int j = 0; j < param[i].length; j++) {
        double saved = param[i][j];
        param[i][j] = saved + h;
        double up = loss.apply(param);
        param[i][j] = saved - h;
        double down = loss.apply(param);
        param[i][j] = saved;
        assertThat(analytic[i][j]).isCloseTo((up - down) / (2 * h), within(FINITE_DIFFERENCE_TOL));
      }
    }
  }

  private static double[][] matrix(Golden g, String key) {
    return NestedArrays.toMatrix(g.get(key));
  }

  private static final class Layer {
    final double[][] x;
    final double[][] w;
    final double[] bias;
    final double[][] a;
    final double[][] bUp;
    final double alpha;
    final double[][] gradY;

    private Layer(Rng rng, int n, int in, int out, int r, double alpha) {
      this.x = NestedArrays.toMatrix(rng.normal(1.0, n, in));
      this.w = NestedArrays.toMatrix(rng.normal(1.0, out, in));
      this.bias = NestedArrays.toVector(rng.normal(1.0, out));
      this.a = NestedArrays.toMatrix(rng.normal(1.0, r, in));
      this.bUp = NestedArrays.toMatrix(rng.normal(1.0, out, r));
      this.alpha = alpha;
      this.gradY = NestedArrays.toMatrix(rng.normal(1.0, n, out));
    }

    static Layer random(long seed, int n, int in, int out, int r, double alpha) {
      return new Layer(new Rng(seed), n, in, out, r, alpha);
    }

    double loss(double[][] a, double[][] bUp) {
      double[][] y = LoraLinear.forward(x, w, bias, a, bUp, alpha);
      double sum = 0;
      for (int n = 0; n < y.length; n++) {
        for (int o = 0; o < y[n].length; o++) {
          sum += gradY[n][o] * y[n][o];
        }
      }
      return sum;
    }
  }
}
