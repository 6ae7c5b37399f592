"""Wrong answer: recall ranks by a stable ascending sort read backwards, so among equal scores the
higher corpus index comes first."""
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
    s = qn @ dn.T / temperature
    shifted = s - s.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(np.diag(log_p))
    g = np.exp(log_p)
    g[np.arange(b), np.arange(b)] -= 1.0
    g /= b
    dqn = g @ dn / temperature
    ddn = g.T @ qn / temperature
    if normalize:
        return float(loss), _through_unit(dqn, qn, q_norms), _through_unit(ddn, dn, d_norms)
    return float(loss), dqn, ddn


def recall_at_k(q, corpus, relevant, k):
    scores = q @ corpus.T
    top = np.argsort(scores, axis=1, kind="stable")[:, ::-1][:, :k]
    return float(np.mean(np.any(top == relevant[:, None], axis=1)))
