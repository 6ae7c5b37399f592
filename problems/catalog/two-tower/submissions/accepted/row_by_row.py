"""Accepted: one query at a time with scipy's logsumexp, the normalisation differentiated by its
explicit Jacobian matrix; recall by a stable sort of each query's negated scores."""
import numpy as np
from scipy.special import logsumexp


def in_batch_softmax_loss(q, d, temperature=1.0, normalize=True):
    b, dim = q.shape
    q_norm = np.linalg.norm(q, axis=1) if normalize else np.ones(b)
    d_norm = np.linalg.norm(d, axis=1) if normalize else np.ones(b)
    qn = q / q_norm[:, None]
    dn = d / d_norm[:, None]
    loss = 0.0
    dqn = np.zeros((b, dim))
    ddn = np.zeros((b, dim))
    for i in range(b):
        logits = dn @ qn[i] / temperature
        lse = logsumexp(logits)
        loss += (lse - logits[i]) / b
        p = np.exp(logits - lse)
        p[i] -= 1.0
        dqn[i] = p @ dn / (temperature * b)
        ddn += np.outer(p, qn[i]) / (temperature * b)
    if not normalize:
        return loss, dqn, ddn
    dq = np.zeros((b, dim))
    dd = np.zeros((b, dim))
    eye = np.eye(dim)
    for i in range(b):
        dq[i] = (eye - np.outer(qn[i], qn[i])) @ dqn[i] / q_norm[i]
        dd[i] = (eye - np.outer(dn[i], dn[i])) @ ddn[i] / d_norm[i]
    return loss, dq, dd


def recall_at_k(q, corpus, relevant, k):
    hits = 0
    for m in range(q.shape[0]):
        order = np.argsort(-(corpus @ q[m]), kind="stable")
        hits += int(relevant[m] in order[:k])
    return hits / q.shape[0]
