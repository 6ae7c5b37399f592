#!/usr/bin/env python3
"""Writes scipy-values.json beside this file: the reference values the statistics tests compare
against. CI has no SciPy, so the values are computed once, here, and kept with the exact call that
made each one. Re-run with `python3 make_scipy_values.py` (SciPy >= 1.15; the version used is
recorded in the file).

Power analysis: SciPy has no t-test power solver, so the smallest n is found by a plain upward
search over n with the power written out from scipy.stats.nct (the noncentral t) and
scipy.stats.t (the critical value). Holm and Bonferroni are not in SciPy either: they are written
out with NumPy from their definitions (Holm 1979; Bonferroni), and BH comes from
scipy.stats.false_discovery_control.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scipy-values.json")


def f(x):
    return float(x)


def nct_cases():
    cases = []
    for t, df, nc in [
        (2.0, 10, 1.5), (0.5, 3, 0.2), (-1.2, 7, 0.8), (3.5, 40, 3.0), (1.96, 100, 2.8),
        (-2.5, 5, -1.0), (0.0, 12, 2.0), (10.0, 20, 8.0), (4.0, 2, 5.0), (-0.3, 1, 0.4),
        (2.1009, 18, 2.8284), (1.7341, 18, 2.5), (6.0, 30, 6.5), (12.0, 60, 10.0),
        (38.0, 50, 40.0), (1.0, 250, 0.9), (-4.0, 9, -3.0), (2.0, 4.5, 1.0),
        (40.0, 9, 45.0), (80.0, 9, 45.0), (-80.0, 9, -45.0),
    ]:
        cases.append({
            "t": t, "df": df, "nc": nc,
            "cdf": f(stats.nct.cdf(t, df, nc)), "sf": f(stats.nct.sf(t, df, nc)),
            "call": f"scipy.stats.nct.cdf({t}, {df}, {nc}) and scipy.stats.nct.sf(...)",
        })
    return cases


def power_of(n, d, alpha, paired, alternative):
    if paired:
        df, nc = n - 1, d * np.sqrt(n)
    else:
        df, nc = 2 * n - 2, d * np.sqrt(n / 2)
    if alternative == "two-sided":
        crit = stats.t.ppf(1 - alpha / 2, df)
        return stats.nct.sf(crit, df, nc) + stats.nct.cdf(-crit, df, nc)
    crit = stats.t.ppf(1 - alpha, df)
    if alternative == "larger":
        return stats.nct.sf(crit, df, nc)
    return stats.nct.cdf(-crit, df, nc)


def power_cases():
    cases = []
    grid = [
        (0.5, 1.0, 0.05, 0.8, False, "two-sided"), (0.5, 1.0, 0.05, 0.8, True, "two-sided"),
        (0.5, 1.0, 0.05, 0.8, False, "larger"), (-0.5, 1.0, 0.05, 0.8, False, "smaller"),
        (0.3, 1.0, 0.01, 0.9, False, "two-sided"), (0.3, 1.0, 0.01, 0.9, True, "larger"),
        (1.2, 1.5, 0.05, 0.8, True, "two-sided"), (1.2, 1.5, 0.05, 0.8, False, "two-sided"),
        (2.0, 1.0, 0.05, 0.8, False, "two-sided"), (3.0, 1.0, 0.05, 0.95, True, "two-sided"),
        (0.1, 1.0, 0.05, 0.8, False, "two-sided"), (-0.8, 2.0, 0.1, 0.7, True, "smaller"),
        (0.25, 0.5, 0.05, 0.99, False, "larger"), (5.0, 1.0, 0.05, 0.8, True, "two-sided"),
        (0.02, 0.01, 0.05, 0.8, True, "two-sided"),
    ]
    for effect, sd, alpha, target, paired, alternative in grid:
        d = effect / sd
        n = 2
        while power_of(n, d, alpha, paired, alternative) < target:
            n += 1
        cases.append({
            "effect": effect, "sd": sd, "alpha": alpha, "power": target, "paired": paired,
            "alternative": alternative, "n": n,
            "achieved": f(power_of(n, d, alpha, paired, alternative)),
            "below": f(power_of(n - 1, d, alpha, paired, alternative)) if n > 2 else None,
            "call": "smallest n >= 2 with power_of(n) >= power, power_of written with "
                    "scipy.stats.t.ppf and scipy.stats.nct.sf/cdf (see power_of in this script)",
        })
    return cases


def rounded(x, places):
    return [round(float(v), places) for v in x]


def datasets():
    rng = np.random.default_rng(20261124)
    sets = []
    a = rounded(rng.normal(70.0, 2.0, 8), 2)
    b = rounded(rng.normal(72.5, 4.0, 12), 2)
    sets.append(("unpaired-unequal-sizes", a, b, False, "two-sided"))
    a = rounded(rng.normal(0.61, 0.02, 10), 3)
    b = rounded(rng.normal(0.63, 0.03, 10), 3)
    sets.append(("unpaired-larger", a, b, False, "larger"))
    a = rounded(rng.normal(5.0, 1.0, 6), 2)
    b = rounded(rng.normal(4.2, 1.0, 7), 2)
    sets.append(("unpaired-smaller-exact-permutation", a, b, False, "smaller"))
    base = rng.normal(80.0, 5.0, 10)
    a = rounded(base, 2)
    b = rounded(base + rng.normal(0.8, 1.0, 10), 2)
    sets.append(("paired-no-ties", a, b, True, "two-sided"))
    base = rng.normal(50.0, 3.0, 9)
    a = rounded(base, 3)
    b = rounded(base - rng.normal(1.0, 1.0, 9), 3)
    sets.append(("paired-smaller-no-ties", a, b, True, "smaller"))
    a = [10.0, 12.5, 11.0, 9.5, 13.0, 10.5, 12.0, 11.5, 10.0, 12.0, 9.0, 11.0]
    b = [10.5, 12.5, 12.0, 9.0, 14.0, 10.5, 13.0, 12.0, 11.0, 12.5, 9.0, 12.0]
    sets.append(("paired-ties-and-zeros-small", a, b, True, "two-sided"))
    a = [3.1, 2.8, 3.6, 3.3, 2.9, 3.0, 3.4, 3.2, 2.7, 3.5]
    b = [3.4, 2.8, 3.9, 3.3, 3.2, 3.3, 3.4, 3.5, 3.0, 3.5]
    sets.append(("paired-larger-ties-and-zeros", a, b, True, "larger"))
    base = rng.normal(20.0, 2.0, 30)
    a = rounded(base, 1)
    b = rounded(base + np.round(rng.normal(0.3, 0.6, 30), 1), 1)
    sets.append(("paired-ties-and-zeros-n30", a, b, True, "two-sided"))
    base = rng.normal(0.0, 1.0, 60)
    a = rounded(base, 4)
    b = rounded(base + rng.normal(0.15, 0.5, 60), 4)
    sets.append(("paired-n60", a, b, True, "two-sided"))
    a = rounded(rng.normal(0.0, 1.0, 25), 3)
    b = rounded(rng.normal(0.4, 1.0, 30), 3)
    sets.append(("unpaired-random-permutation", a, b, False, "two-sided"))
    return sets


SCIPY_ALT = {"two-sided": "two-sided", "larger": "greater", "smaller": "less"}


def mean_diff(x, y, axis=-1):
    return np.mean(y, axis=axis) - np.mean(x, axis=axis)


def compare_case(name, a, b, paired, alternative):
    alt = SCIPY_ALT[alternative]
    A, B = np.array(a), np.array(b)
    case = {"name": name, "a": a, "b": b, "paired": paired, "alternative": alternative}
    case["mean_difference"] = f(np.mean(B - A) if paired else np.mean(B) - np.mean(A))
    if paired:
        r = stats.ttest_rel(B, A, alternative=alt)
        case["t_test"] = {"statistic": f(r.statistic), "df": f(r.df), "pvalue": f(r.pvalue),
                          "call": f"scipy.stats.ttest_rel(b, a, alternative='{alt}')"}
        d = B - A
        nz = d[d != 0]
        has_ties = len(np.unique(np.abs(nz))) < len(nz)
        has_zeros = bool(np.any(d == 0))
        if len(d) > 50:
            method = "asymptotic"
        elif not (has_ties or has_zeros):
            method = "exact"
        elif len(d) <= 13:
            method = "permutation"
        else:
            method = "asymptotic"
        w = stats.wilcoxon(B, A, alternative=alt)
        case["wilcoxon"] = {"statistic": f(w.statistic), "pvalue": f(w.pvalue), "method": method,
                            "call": f"scipy.stats.wilcoxon(b, a, alternative='{alt}') "
                                    "(defaults: zero_method='wilcox', correction=False, method='auto')"}
        p = stats.permutation_test((A, B), lambda x, y, axis=-1: np.mean(y - x, axis=axis),
                                   permutation_type="samples", alternative=alt,
                                   n_resamples=9999, rng=np.random.default_rng(0))
        exact = 2 ** len(d) <= 9999
    else:
        r = stats.ttest_ind(B, A, equal_var=False, alternative=alt)
        case["t_test"] = {"statistic": f(r.statistic), "df": f(r.df), "pvalue": f(r.pvalue),
                          "call": f"scipy.stats.ttest_ind(b, a, equal_var=False, alternative='{alt}')"}
        p = stats.permutation_test((A, B), mean_diff, permutation_type="independent",
                                   alternative=alt, n_resamples=9999,
                                   rng=np.random.default_rng(0))
        exact = scipy.special.comb(len(A) + len(B), len(A)) <= 9999
    case["permutation"] = {
        "statistic": f(p.statistic), "pvalue": f(p.pvalue), "exact": bool(exact),
        "call": "scipy.stats.permutation_test((a, b), mean of b minus mean of a, permutation_type="
                + ("'samples'" if paired else "'independent'")
                + f", alternative='{alt}', n_resamples=9999, rng=np.random.default_rng(0))"}
    if paired:
        bs = stats.bootstrap((B - A,), np.mean, n_resamples=10000, method="percentile",
                             confidence_level=0.95, rng=np.random.default_rng(0))
        call = ("scipy.stats.bootstrap((b - a,), np.mean, n_resamples=10000, method='percentile', "
                "confidence_level=0.95, rng=np.random.default_rng(0))")
    else:
        bs = stats.bootstrap((A, B), mean_diff, n_resamples=10000, method="percentile",
                             confidence_level=0.95, rng=np.random.default_rng(0))
        call = ("scipy.stats.bootstrap((a, b), mean of b minus mean of a, n_resamples=10000, "
                "method='percentile', confidence_level=0.95, rng=np.random.default_rng(0))")
    case["bootstrap"] = {"low": f(bs.confidence_interval.low),
                         "high": f(bs.confidence_interval.high), "call": call}
    return case


def holm(p):
    p = np.asarray(p)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adj[i] = running
    return adj


def adjust_cases():
    cases = []
    for p in [
        [0.01, 0.04, 0.03, 0.005],
        [0.001, 0.2, 0.04, 0.04, 0.5, 0.0125],
        [0.9, 0.8, 0.7],
        [0.02],
        [0.049, 0.051, 0.01, 0.3, 0.2, 0.15, 0.001, 0.04, 0.04, 0.6],
    ]:
        cases.append({"p": p, "method": "bonferroni",
                      "adjusted": [f(min(1.0, len(p) * x)) for x in p],
                      "call": "numpy.minimum(1, m * p)"})
        cases.append({"p": p, "method": "holm", "adjusted": [f(x) for x in holm(p)],
                      "call": "holm(p) in this script: step-down running max of (m - rank) * p, capped at 1"})
        cases.append({"p": p, "method": "bh",
                      "adjusted": [f(x) for x in stats.false_discovery_control(p, method="bh")],
                      "call": "scipy.stats.false_discovery_control(p, method='bh')"})
    return cases


def main():
    values = {
        "generated_with": f"scipy {scipy.__version__}, numpy {np.__version__}",
        "nct": nct_cases(),
        "power": power_cases(),
        "compare": [compare_case(*s) for s in datasets()],
        "adjust": adjust_cases(),
    }
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(values, out, indent=1)
        out.write("\n")


main()
