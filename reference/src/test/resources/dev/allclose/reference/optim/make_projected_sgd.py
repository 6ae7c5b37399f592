"""Writes projected-sgd/*.npz, the oracle of ProjectedSgdTest.

For f(x) = x'Ax/2 - b'x on the ball |x| <= radius: `iterates` and `x_avg` by a plain NumPy loop of
projected SGD (x_{t+1} = P(x_t - lr (A x_t - b + noise_t)), P(y) = y min(1, r/|y|), x_avg the mean
of x_0..x_{T-1}); `x_star` and `f_star`, the minimiser over the ball, by SciPy's SLSQP with the
constraint |x|^2 <= r^2 and refined by brentq on the trust-region secular equation
|(A + lam I)^{-1} b| = r (the two agree to 1e-7 or the script fails); `D` = 2 r, `G` = ||A||_2 r +
|b| (a bound on |A x - b| over the ball), `bound` = D G / sqrt(T). In the cases without noise and
lr = D / (G sqrt(T)) the script asserts f(x_avg) - f_star <= bound.

Run with NumPy and SciPy (made with NumPy 2.4.6, SciPy 1.17.1): python3 make_projected_sgd.py
"""
import os

import numpy as np
from scipy.optimize import brentq, minimize


def projected_sgd(x0, A, b, noise, lr, radius):
    xs = [np.array(x0, dtype=float)]
    for xi in noise:
        y = xs[-1] - lr * (A @ xs[-1] - b + xi)
        n = np.linalg.norm(y)
        xs.append(y if n <= radius else y * (radius / n))
    xs = np.array(xs)
    return xs, xs[:-1].mean(axis=0)


def minimum_on_ball(A, b, radius):
    f = lambda x: 0.5 * x @ A @ x - b @ x
    cons = {"type": "ineq", "fun": lambda x: radius**2 - x @ x, "jac": lambda x: -2 * x}
    slsqp = minimize(f, np.zeros(len(b)), jac=lambda x: A @ x - b, constraints=[cons],
                     method="SLSQP", options={"ftol": 1e-15, "maxiter": 1000}).x
    inside = np.linalg.solve(A, b)
    if np.linalg.norm(inside) <= radius:
        exact = inside
    else:
        eye = np.eye(len(b))
        lam = brentq(lambda l: np.linalg.norm(np.linalg.solve(A + l * eye, b)) - radius,
                     0.0, np.linalg.norm(b) / radius, xtol=1e-15, rtol=1e-15)
        exact = np.linalg.solve(A + lam * eye, b)
    assert np.linalg.norm(exact - slsqp) < 1e-7, (exact, slsqp)
    return exact, f(exact)


def spd(rng, d, lo=0.2):
    m = rng.standard_normal((d, d))
    return m @ m.T / d + lo * np.eye(d)


def main():
    rng = np.random.default_rng(20261223)
    out = "projected-sgd"
    os.makedirs(out, exist_ok=True)
    specs = [
        # name, d, T, radius, b scale, x0 scale, noise sd, lr (None: D / (G sqrt T))
        ("inside", 3, 20, 10.0, 0.5, 0.5, 0.1, 0.1),
        ("projection-active", 4, 50, 1.0, 5.0, 0.5, 0.2, 0.2),
        ("x0-outside", 2, 10, 1.0, 1.0, 6.0, 0.0, 0.3),
        ("one-step", 3, 1, 2.0, 1.0, 1.0, 0.5, 0.4),
        ("bound-noise-free", 5, 400, 1.5, 4.0, 1.0, 0.0, None),
        ("bound-inside", 4, 250, 3.0, 0.3, 2.0, 0.0, None),
        ("noisy", 6, 300, 2.0, 2.0, 1.0, 1.0, 0.05),
    ]
    for name, d, T, r, bs, xs, sd, lr in specs:
        A = spd(rng, d)
        b = bs * rng.standard_normal(d)
        x0 = rng.standard_normal(d)
        x0 *= xs * (r if name != "x0-outside" else 1.0) / np.linalg.norm(x0)
        if name.startswith("bound"):
            x0 *= min(1.0, r / np.linalg.norm(x0))
        noise = sd * rng.standard_normal((T, d))
        D = 2 * r
        G = np.linalg.norm(A, 2) * r + np.linalg.norm(b)
        if lr is None:
            lr = D / (G * np.sqrt(T))
        iterates, x_avg = projected_sgd(x0, A, b, noise, lr, r)
        x_star, f_star = minimum_on_ball(A, b, r)
        bound = D * G / np.sqrt(T)
        if name.startswith("bound"):
            gap = 0.5 * x_avg @ A @ x_avg - b @ x_avg - f_star
            assert 0 <= gap <= bound, (name, gap, bound)
        np.savez(os.path.join(out, name + ".npz"), x0=x0, A=A, b=b, noise=noise,
                 lr=np.float64(lr), radius=np.float64(r), iterates=iterates, x_avg=x_avg,
                 x_star=x_star, f_star=np.float64(f_star), D=np.float64(D), G=np.float64(G),
                 bound=np.float64(bound))


if __name__ == "__main__":
    main()
