import java.util.LinkedHashMap;
import java.util.Map;

/** Wrong answer (Java): the KL term enters with its sign flipped, elbo = recon + KL. */
public class Solution {
  public record Elbo(double elbo, double recon, double kl) {}

  public static Elbo vaeElbo(
      double[][] x, double[][] W_mu, double[] b_mu, double[][] W_lv, double[] b_lv,
      double[][] W_dec, double[] b_dec, double[][] eps) {
    double recon = 0;
    double kl = 0;
    for (int n = 0; n < x.length; n++) {
      double[] mu = affine(x[n], W_mu, b_mu);
      double[] lv = affine(x[n], W_lv, b_lv);
      double[] logits = affine(sample(mu, lv, eps[n]), W_dec, b_dec);
      for (int d = 0; d < logits.length; d++) {
        recon += x[n][d] * logits[d] - softplus(logits[d]);
      }
      for (int j = 0; j < mu.length; j++) {
        kl += 0.5 * (1 + lv[j] - mu[j] * mu[j] - Math.exp(lv[j]));
      }
    }
    int b = x.length;
    return new Elbo((recon - kl) / b, recon / b, kl / b);
  }

  public static Map<String, Object> vaeGrads(
      double[][] x, double[][] W_mu, double[] b_mu, double[][] W_lv, double[] b_lv,
      double[][] W_dec, double[] b_dec, double[][] eps) {
    int b = x.length;
    int dim = x[0].length;
    int latent = b_mu.length;
    double[][] gWmu = new double[dim][latent];
    double[][] gWlv = new double[dim][latent];
    double[][] gWdec = new double[latent][dim];
    double[] gbmu = new double[latent];
    double[] gblv = new double[latent];
    double[] gbdec = new double[dim];
    for (int n = 0; n < b; n++) {
      double[] mu = affine(x[n], W_mu, b_mu);
      double[] lv = affine(x[n], W_lv, b_lv);
      double[] z = sample(mu, lv, eps[n]);
      double[] logits = affine(z, W_dec, b_dec);
      double[] dz = new double[latent];
      for (int d = 0; d < dim; d++) {
        double dl = (sigmoid(logits[d]) - x[n][d]) / b;
        gbdec[d] += dl;
        for (int j = 0; j < latent; j++) {
          gWdec[j][d] += z[j] * dl;
          dz[j] += W_dec[j][d] * dl;
        }
      }
      for (int j = 0; j < latent; j++) {
        double dmu = dz[j] - mu[j] / b;
        double dlv = 0.5 * dz[j] * eps[n][j] * Math.exp(lv[j] / 2) + 0.5 * (1 - Math.exp(lv[j])) / b;
        gbmu[j] += dmu;
        gblv[j] += dlv;
        for (int d = 0; d < dim; d++) {
          gWmu[d][j] += x[n][d] * dmu;
          gWlv[d][j] += x[n][d] * dlv;
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("W_mu", gWmu);
    out.put("b_mu", gbmu);
    out.put("W_lv", gWlv);
    out.put("b_lv", gblv);
    out.put("W_dec", gWdec);
    out.put("b_dec", gbdec);
    return out;
  }

  private static double[] affine(double[] v, double[][] w, double[] bias) {
    double[] out = bias.clone();
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < out.length; j++) {
        out[j] += v[i] * w[i][j];
      }
    }
    return out;
  }

  private static double[] sample(double[] mu, double[] lv, double[] e) {
    double[] z = new double[mu.length];
    for (int j = 0; j < z.length; j++) {
      z[j] = mu[j] + Math.exp(lv[j] / 2) * e[j];
    }
    return z;
  }

  private static double softplus(double l) {
    return Math.max(l, 0) + Math.log1p(Math.exp(-Math.abs(l)));
  }

  private static double sigmoid(double l) {
    double e = Math.exp(-Math.abs(l));
    return l >= 0 ? 1 / (1 + e) : e / (1 + e);
  }
}
