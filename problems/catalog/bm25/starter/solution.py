import numpy as np


class BM25:
    """Okapi BM25 over a fixed corpus.

    corpus: a list of N >= 1 documents, each a list of str tokens (a document may be empty).
    k1 > 0 (term-frequency saturation), 0 <= b <= 1 (length normalisation).
    """

    def __init__(self, corpus, k1=1.2, b=0.75):
        raise NotImplementedError

    def get_scores(self, query):
        """query: a list of str tokens (a repeated token counts each time).

        Returns the (N,) float64 array of BM25 scores, with
        idf(t) = ln(1 + (N - n_t + 0.5) / (n_t + 0.5)) and each query token q adding
        idf(q) * f * (k1 + 1) / (f + k1 * (1 - b + b * |D| / avgdl)), f = count of q in D.
        A token that is in no document adds 0; if every document is empty, every score is 0.
        """
        raise NotImplementedError

    def top_n(self, query, n):
        """The indices of the min(n, N) highest-scoring documents, best first, ties to the lower
        index, as an int64 array. n >= 1."""
        raise NotImplementedError
