"""Writes the NumPy/SciPy oracle of InBatchSoftmaxTest and RecallAtKTest, independently of the
Java references.

recall-<name>.npz: inputs q (M, D), corpus (N, D), relevant (M,) int64, k (0-d int64) and out_0,
the recall at k. The ranking is a full stable sort, np.lexsort keyed on (-score, index), so equal
scores go to the lower index; the Java reference counts instead of sorting. The tie cases use
small integer entries, so every dot product is exact and equal scores are equal in any summation
order.

softmax-<name>.npz: inputs q, d (B, D), temperature (0-d), normalize (0-d bool) and out_0 (loss),
out_1 (dq), out_2 (dd), for logits far beyond exp's range (the PyTorch golden cases in
oracles/two-tower stay below 20). The loss is scipy.special.log_softmax; the gradient applies the
Jacobian of x / |x|, (I - u u^T) / |x|, as an explicit (D, D) matrix per row.
Run: python3 make_two_tower.py (NumPy 2.x, SciPy 1.17).
"""
import numpy as np
from scipy.special import log_softmax, softmax


def recall_at_k(q, corpus, relevant, k):
    scores = q @ corpus.T
    hits = 0
    for m in range(len(q)):
        order = np.lexsort((np.arange(len(corpus)), -scores[m]))   # last key is the primary one
        hits += relevant[m] in order[:k]
    return hits / len(q)


def in_batch_softmax(q, d, temperature, normalize):
    def unit(x):
        n = np.linalg.norm(x, axis=1, keepdims=True)
        return (x / n, n) if normalize else (x, np.ones_like(n))

    (qn, q_norm), (dn, d_norm) = unit(q), unit(d)
    logits = qn @ dn.T / temperature
    b = len(q)
    loss = -np.mean(np.diag(log_softmax(logits, axis=1)))
    g = (softmax(logits, axis=1) - np.eye(b)) / b
    dqn, ddn = g @ dn / temperature, g.T @ qn / temperature
    if not normalize:
        return loss, dqn, ddn

    def back(grad, u, norm):
        eye = np.eye(u.shape[1])
        return np.stack([(eye - np.outer(u[r], u[r])) @ grad[r] / norm[r, 0] for r in range(len(u))])

    return loss, back(dqn, qn, q_norm), back(ddn, dn, d_norm)


def recall_cases(rng):
    cases = {}
    corpus = rng.standard_normal((50, 8))
    relevant = rng.integers(0, 50, 20)
    q = corpus[relevant] + 1.2 * rng.standard_normal((20, 8))   # near their relevant document
    cases["random"] = (q, corpus, relevant, 5)
    cases["k-one"] = (q, corpus, relevant, 1)
    cases["k-above-n"] = (q[:6], corpus[:7], rng.integers(0, 7, 6), 9)
    base = rng.integers(-2, 3, (6, 3)).astype(np.float64)
    corpus = base[[0, 1, 2, 1, 3, 1, 4, 5, 2, 1]]              # documents 1, 3, 5, 9 are equal,
    q = 3 * base[1] + rng.integers(-1, 2, (12, 3))              # and most queries rank them first
    relevant = np.tile([1, 3, 5, 9, 2, 8], 2)                   # (as do 2 and 8)
    cases["ties"] = (q, corpus, relevant, 2)
    cases["ties-k3"] = (q, corpus, relevant, 3)
    return cases


def softmax_cases(rng):
    q, d = 10 * rng.standard_normal((5, 6)), 10 * rng.standard_normal((5, 6))
    return {
        "raw-large-logits": (q, d, 0.05, False),    # logits of several thousand
        "normalised-small-temperature": (q, d, 0.01, True),
        "single-pair": (q[:1], d[:1], 0.05, False),
    }


def main():
    rng = np.random.default_rng(20261221)
    for name, (q, corpus, relevant, k) in recall_cases(rng).items():
        relevant = np.asarray(relevant, dtype=np.int64)
        np.savez(f"recall-{name}.npz", q=q, corpus=corpus, relevant=relevant, k=np.int64(k),
                 out_0=np.float64(recall_at_k(q, corpus, relevant, k)))
    for name, (q, d, tau, norm) in softmax_cases(rng).items():
        loss, dq, dd = in_batch_softmax(q, d, tau, norm)
        np.savez(f"softmax-{name}.npz", q=q, d=d, temperature=np.float64(tau),
                 normalize=np.bool_(norm), out_0=np.float64(loss), out_1=dq, out_2=dd)


if __name__ == "__main__":
    main()
