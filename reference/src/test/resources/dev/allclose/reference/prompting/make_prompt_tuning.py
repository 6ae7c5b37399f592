"""Writes prompt-<name>.npz, the NumPy/SciPy oracle of SoftPromptTuningTest.

Written from the formulas, independently of the Java reference, and vectorised over the batch
instead of looping over it: the embedding lookup is a one-hot matrix product, the inputs of the
whole batch are one (B, n+T, D) array, the cross-entropy uses scipy.special.log_softmax (stable:
it subtracts the row maximum), and the gradient reaches the prompt by back-propagating through
every position, then scattering the (B, n+T, D) input gradient onto P with np.add.at over the
prompt slots (positions 0..n-1 of every sequence map to rows 0..n-1 of P).

Each file holds the inputs P (n, D), token_ids (B, T) int64, labels (B,) int64, E (V, D),
Pos (L, D), W (D, C), b (C,) and out_0 (the mean loss), out_1 (dP).
Run: python3 make_prompt_tuning.py (NumPy 2.x, SciPy 1.17).
"""
import numpy as np
from scipy.special import log_softmax, softmax


def prompt_tuning(P, token_ids, labels, E, Pos, W, b):
    n, D = P.shape
    B, T = token_ids.shape
    V, C = E.shape[0], W.shape[1]
    onehot_ids = np.eye(V)[token_ids]                                   # (B, T, V)
    embedded = onehot_ids @ E                                          # (B, T, D)
    x = np.concatenate([np.broadcast_to(P, (B, n, D)), embedded], axis=1) + Pos[: n + T]
    a = np.tanh(x)
    h = a.mean(axis=1)                                                 # (B, D)
    z = h @ W + b
    y = np.eye(C)[labels]                                              # (B, C)
    loss = -np.sum(y * log_softmax(z, axis=1)) / B
    dz = (softmax(z, axis=1) - y) / B
    dh = dz @ W.T                                                      # (B, D)
    dx = (1.0 - a**2) * dh[:, None, :] / (n + T)                       # (B, n+T, D)
    dP = np.zeros_like(P)
    slots = np.tile(np.arange(n), B)
    np.add.at(dP, slots, dx[:, :n, :].reshape(B * n, D))
    return loss, dP


def random_case(rng, B, n, T, V, D, C, L=None, scale=1.0, head_scale=1.0):
    L = n + T if L is None else L
    P = scale * rng.standard_normal((n, D))
    token_ids = rng.integers(0, V, (B, T)).astype(np.int64)
    labels = rng.integers(0, C, B).astype(np.int64)
    E = scale * rng.standard_normal((V, D))
    Pos = 0.5 * rng.standard_normal((L, D))
    W = head_scale * rng.standard_normal((D, C))
    b = rng.standard_normal(C)
    return P, token_ids, labels, E, Pos, W, b


def main():
    rng = np.random.default_rng(20261205)
    cases = {
        "small": random_case(rng, 2, 2, 3, 5, 4, 3),
        "batch": random_case(rng, 5, 3, 6, 11, 8, 4, L=12),
        "one-prompt-vector": random_case(rng, 3, 1, 4, 6, 5, 2),
        "one-token": random_case(rng, 4, 3, 1, 3, 3, 3, L=9),
        "single-sequence": random_case(rng, 1, 4, 4, 7, 6, 5),
        "large-logits": random_case(rng, 3, 2, 3, 5, 4, 3, head_scale=800.0),
        "saturated-tanh": random_case(rng, 3, 2, 4, 6, 4, 3, scale=4.0),
    }
    for name, args in cases.items():
        loss, dP = prompt_tuning(*args)
        P, token_ids, labels, E, Pos, W, b = args
        np.savez(f"prompt-{name}.npz", P=P, token_ids=token_ids, labels=labels, E=E, Pos=Pos,
                 W=W, b=b, out_0=np.float64(loss), out_1=dP)


if __name__ == "__main__":
    main()
