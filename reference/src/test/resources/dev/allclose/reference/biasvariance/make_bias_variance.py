"""Writes golden-*.npz, the NumPy oracle of BiasVarianceTest: inputs preds (M, N), f_true (N,) and
noise_var (0-d), and the outputs out_0..out_3 = bias_sq, variance, noise, expected_mse computed with
NumPy's own reductions: np.mean over models, np.var(ddof=0) for the population variance, and the
squared error against f_true averaged over models and points plus noise_var. Nothing here uses the
identity bias_sq + variance + noise = expected_mse; the test checks it separately.
Run with any NumPy >= 1.20 (made with NumPy 2.x): python3 make_bias_variance.py
"""
import numpy as np


def decompose(preds, f_true, noise_var):
    mean_pred = np.mean(preds, axis=0)
    bias_sq = np.mean((mean_pred - f_true) ** 2)
    variance = np.mean(np.var(preds, axis=0, ddof=0))
    expected_mse = np.mean((preds - f_true[None, :]) ** 2) + noise_var
    return bias_sq, variance, noise_var, expected_mse


def polynomial_fits(rng, m, n, degree, noise_var, offset=0.0):
    """M least-squares polynomials, each fitted to its own noisy sample of sin(2 pi x) + offset."""
    x_test = np.linspace(0.0, 1.0, n)
    f_true = np.sin(2 * np.pi * x_test) + offset
    preds = np.empty((m, n))
    for i in range(m):
        x = rng.uniform(0.0, 1.0, 20)
        y = np.sin(2 * np.pi * x) + offset + rng.normal(0.0, np.sqrt(noise_var), x.size)
        preds[i] = np.polyval(np.polyfit(x, y, degree), x_test)
    return preds, f_true


def main():
    rng = np.random.default_rng(20261221)
    cases = {
        "golden00-rigid": polynomial_fits(rng, 50, 25, 1, 0.09) + (0.09,),
        "golden01-flexible": polynomial_fits(rng, 50, 25, 7, 0.09) + (0.09,),
        "golden02-one-model": polynomial_fits(rng, 1, 10, 3, 0.25) + (0.25,),
        "golden03-one-point": (rng.normal(2.0, 0.5, (8, 1)), np.array([1.5]), 0.0),
        "golden04-large-offset": (1e7 + rng.normal(0.3, 1.0, (30, 12)), 1e7 + rng.normal(0, 1, 12), 0.5),
    }
    for name, (preds, f_true, noise_var) in cases.items():
        outs = decompose(preds, f_true, noise_var)
        np.savez(name + ".npz", preds=preds, f_true=f_true, noise_var=np.array(noise_var),
                 **{"out_%d" % i: np.array(v, dtype=np.float64) for i, v in enumerate(outs)})


if __name__ == "__main__":
    main()
