import numpy as np


def in_batch_softmax_loss(q, d, temperature=1.0, normalize=True):
    """The in-batch softmax loss of a two-tower model and its gradients.

    q, d: (B, D); row b of d is the positive of query b, the other rows are its negatives.
    normalize: L2-normalise the rows of q and d first; temperature divides the logits.
    Returns (loss, dq, dd): the mean cross-entropy (a float) and dL/dq, dL/dd, each (B, D),
    with respect to the unnormalised inputs.
    """
    raise NotImplementedError


def recall_at_k(q, corpus, relevant, k):
    """The fraction of queries whose relevant document is among their k best by dot product.

    q: (M, D), corpus: (N, D), relevant: (M,) int64 corpus indices, k >= 1.
    Documents are ranked by descending q @ corpus.T, equal scores by the lower index first.
    Returns a float.
    """
    raise NotImplementedError
