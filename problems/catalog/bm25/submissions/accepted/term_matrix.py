"""Accepted: a dense (N, V) term-frequency matrix; the saturated weights are computed once, and a
query becomes a count vector over the vocabulary, so a score is one matrix-vector product."""
import numpy as np


class BM25:
    def __init__(self, corpus, k1=1.2, b=0.75):
        vocab = sorted({t for doc in corpus for t in doc})
        self.column = {t: j for j, t in enumerate(vocab)}
        tf = np.zeros((len(corpus), len(vocab)))
        for d, doc in enumerate(corpus):
            for t in doc:
                tf[d, self.column[t]] += 1
        lengths = tf.sum(axis=1)
        avgdl = lengths.mean()
        df = (tf > 0).sum(axis=0)
        self.idf = np.log1p((len(corpus) - df + 0.5) / (df + 0.5))
        if avgdl == 0:
            self.weights = np.zeros_like(tf)
        else:
            denom = tf + k1 * (1 - b + b * lengths[:, None] / avgdl)
            self.weights = np.divide(tf * (k1 + 1), denom, out=np.zeros_like(tf), where=tf > 0)

    def get_scores(self, query):
        counts = np.zeros(len(self.column))
        for q in query:
            if q in self.column:
                counts[self.column[q]] += 1
        return self.weights @ (self.idf * counts)

    def top_n(self, query, n):
        scores = self.get_scores(query)
        return np.argsort(-scores, kind="stable")[:n].astype(np.int64)
