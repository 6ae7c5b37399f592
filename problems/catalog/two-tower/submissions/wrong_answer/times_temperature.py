"""Wrong answer: the logits multiplied by the temperature instead of divided by it, which flattens
the softmax where a small temperature should sharpen it."""
import numpy as np


def _unit(x):
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / norms, norms


def _through_unit(g, u, norms):
    return (g - u * np.sum(u * g, axis=1, keepdims=True)) / norms


def in_batch_softmax_loss(q, d, temperature=1.0, normalize=True):
    if normalize:
        qn, q_norms = _unit(q)
        dn, d_norms = _unit(d)
    else:
        qn, dn = q, d
    b = q.shape[0]
    s = qn @ dn.T * temperature
    shifted = s - s.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(np.diag(log_p))
    g = np.exp(log_p)
    g[np.arange(b), np.arange(b)] -= 1.0
    g /= b
    dqn = g @ dn * temperature
    ddn = g.T @ qn * temperature
    if normalize:
        return float(loss), _through_unit(dqn, qn, q_norms), _through_unit(ddn, dn, d_norms)
    return float(loss), dqn, ddn


def recall_at_k(q, corpus, relevant, k):
    scores = q @ corpus.T
    target = scores[np.arange(len(q)), relevant][:, None]
    lower = np.arange(corpus.shape[0])[None, :] < relevant[:, None]
    ahead = np.sum((scores > target) | ((scores == target) & lower), axis=1)
    return float(np.mean(ahead < k))
