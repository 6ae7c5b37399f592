/**
 * Accepted: loops over steps and rows; returns Object[] {Wg, bg, wd, bd, dLosses, gLosses}.
 */
public class Solution {
  public static Object[] ganTrain(
      double[][] Wg, double[] bg, double[] wd, double bd, double[][][] real, double[][][] noise,
      double lrD, double lrG) {
    int steps = real.length;
    double[] dLosses = new double[steps];
    double[] gLosses = new double[steps];
    for (int s = 0; s < steps; s++) {
      int n = real[s].length;
      double[][] fake = generate(noise[s], Wg, bg);
      double[] gradWd = new double[wd.length];
      double gradBd = 0;
      for (int i = 0; i < n; i++) {
        double aReal = dot(real[s][i], wd) + bd;
        double aFake = dot(fake[i], wd) + bd;
        dLosses[s] += (softplus(-aReal) + softplus(aFake)) / n;
        double gReal = -sigmoid(-aReal) / n;
        double gFake = sigmoid(aFake) / n;
        for (int j = 0; j < wd.length; j++) {
          gradWd[j] += gReal * real[s][i][j] + gFake * fake[i][j];
        }
        gradBd += gReal + gFake;
      }
      for (int j = 0; j < wd.length; j++) {
        wd[j] -= lrD * gradWd[j];
      }
      bd -= lrD * gradBd;

      double[][] gen = generate(noise[s], Wg, bg);
      double[][] gradWg = new double[Wg.length][bg.length];
      double[] gradBg = new double[bg.length];
      for (int i = 0; i < n; i++) {
        double a = dot(gen[i], wd) + bd;
        gLosses[s] += softplus(-a) / n;
        double gA = -sigmoid(-a) / n;
        for (int j = 0; j < bg.length; j++) {
          double gx = gA * wd[j];
          gradBg[j] += gx;
          for (int k = 0; k < Wg.length; k++) {
            gradWg[k][j] += noise[s][i][k] * gx;
          }
        }
      }
      for (int k = 0; k < Wg.length; k++) {
        for (int j = 0; j < bg.length; j++) {
          Wg[k][j] -= lrG * gradWg[k][j];
        }
      }
      for (int j = 0; j < bg.length; j++) {
        bg[j] -= lrG * gradBg[j];
      }
    }
    return new Object[] {Wg, bg, wd, bd, dLosses, gLosses};
  }

  static double[][] generate(double[][] z, double[][] Wg, double[] bg) {
    double[][] x = new double[z.length][bg.length];
    for (int i = 0; i < z.length; i++) {
      for (int j = 0; j < bg.length; j++) {
        x[i][j] = bg[j];
        for (int k = 0; k < Wg.length; k++) {
          x[i][j] += z[i][k] * Wg[k][j];
        }
      }
    }
    return x;
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  static double sigmoid(double a) {
    if (a >= 0) {
      return 1 / (1 + Math.exp(-a));
    }
    double e = Math.exp(a);
    return e / (1 + e);
  }
}
