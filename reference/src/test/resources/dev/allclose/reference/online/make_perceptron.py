"""Writes perceptron-<name>.npz, the oracle of PerceptronTest, from the definitions, with NumPy only.

The oracle works on the augmented vectors, as Novikoff's proof does: x~ = (x, 1) and w~ = (w, b),
so one update w~ += y x~ moves the weights and the bias together, and the margin is np.dot(w~, x~).
Each file holds the inputs (X, y, max_epochs, w_star, b_star) and
  w, b        the trained weights and bias (w~ split back into its parts)
  mistakes    the mistakes of each epoch run, ending with the clean epoch's 0 if there was one
  bound       (R / gamma)^2 with R = max ||x~_i|| and gamma = min_i y_i w~*.x~_i / ||w~*||
              (np.linalg.norm), or inf when that minimum is not positive
  min_margin  the smallest nonzero |w~.x~_i| met during training, relative to ||w~|| ||x~_i||:
              far above rounding (1e-16), so no decision depends on the order of a sum.
Run: python3 make_perceptron.py (made with NumPy 2.x).
"""
import numpy as np


def train(X, y, max_epochs):
    Xa = np.hstack([X, np.ones((len(X), 1))])
    wa = np.zeros(Xa.shape[1])
    mistakes, closest = [], np.inf
    for _ in range(max_epochs):
        made = 0
        for xa, label in zip(Xa, y):
            m = np.dot(wa, xa)
            if m != 0:
                closest = min(closest, abs(m) / (np.linalg.norm(wa) * np.linalg.norm(xa)))
            if label * m <= 0:
                wa = wa + label * xa
                made += 1
        mistakes.append(made)
        if made == 0:
            break
    return wa[:-1], wa[-1], np.array(mistakes, dtype=np.int64), closest


def bound(X, y, w_star, b_star):
    Xa = np.hstack([X, np.ones((len(X), 1))])
    wa = np.append(w_star, b_star)
    worst = np.min(y * (Xa @ wa))
    if not worst > 0:
        return np.inf
    R = np.max(np.linalg.norm(Xa, axis=1))
    gamma = worst / np.linalg.norm(wa)
    return (R / gamma) ** 2


def grid(rng, n, d, half_width=4.0, step=0.125):
    """Multiples of step in [-half_width, half_width]: every sum of products is exact."""
    k = int(half_width / step)
    return rng.integers(-k, k + 1, size=(n, d)) * step


def separable(rng, X, w, b, margin):
    s = X @ w + b
    keep = np.abs(s) >= margin * np.linalg.norm(np.append(w, b))
    return X[keep], np.where(s[keep] > 0, 1, -1).astype(np.int64)


def cases(rng):
    out = {}
    w, b = rng.standard_normal(3), 0.7
    X, y = separable(rng, grid(rng, 80, 3), w, b, 0.3)
    out["grid-separable"] = (X, y, 500, w, b)
    w, b = rng.standard_normal(5), -0.4
    X, y = separable(rng, rng.standard_normal((120, 5)) * 2, w, b, 0.2)
    out["gaussian-separable"] = (X, y, 500, w, b)
    w, b = np.array([1.0, 0.5]), -6.0
    X, y = separable(rng, grid(rng, 60, 2) + 5.0, w, b, 0.2)
    out["needs-bias"] = (X, y, 2000, w, b)
    out["cut-off"] = (X, y, 2, w, b)
    X = np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    out["xor"] = (X, np.array([-1, -1, 1, 1]), 7, np.array([1.0, 1.0]), -1.0)
    out["single"] = (np.array([[1.5, -2.0, 0.25]]), np.array([-1]), 10, np.array([0.0, 1.0, 0.0]), 0.0)
    X = grid(rng, 30, 4)
    X[7, 1] = X[7, 0]  # on the hyperplane of w_star: gamma = 0
    y = np.where(X[:, 0] - X[:, 1] >= 0, 1, -1)
    out["touching"] = (X, y, 300, np.array([1.0, -1.0, 0.0, 0.0]), 0.0)
    out["zero-separator"] = (X, y, 300, np.zeros(4), 0.0)
    return out


def main():
    rng = np.random.default_rng(20261232)
    for name, (X, y, max_epochs, w_star, b_star) in cases(rng).items():
        w, b, mistakes, closest = train(X, y, max_epochs)
        np.savez(f"perceptron-{name}.npz", X=X, y=y.astype(np.int64), max_epochs=np.int64(max_epochs),
                 w_star=w_star, b_star=np.float64(b_star), w=w, b=np.float64(b), mistakes=mistakes,
                 bound=np.float64(bound(X, y, w_star, b_star)), min_margin=np.float64(closest))
        print(name, X.shape, "mistakes", mistakes.tolist()[:12], "len", len(mistakes),
              "bound", bound(X, y, w_star, b_star), "closest", closest)


if __name__ == "__main__":
    main()
