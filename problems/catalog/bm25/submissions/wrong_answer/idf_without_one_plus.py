"""Wrong answer: the Robertson/Sparck Jones idf ln((N - n_t + 0.5) / (n_t + 0.5)) without the
1 +, which is negative for a term in more than half the documents."""
import math
from collections import Counter

import numpy as np


class BM25:
    def __init__(self, corpus, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.tf = [Counter(doc) for doc in corpus]
        self.lengths = [len(doc) for doc in corpus]
        self.avgdl = sum(self.lengths) / len(corpus)
        df = Counter()
        for counts in self.tf:
            df.update(counts.keys())
        n = len(corpus)
        self.idf = {t: math.log((n - m + 0.5) / (m + 0.5)) for t, m in df.items()}

    def get_scores(self, query):
        scores = [0.0] * len(self.tf)
        if self.avgdl == 0:
            return np.array(scores)
        for q in query:
            if q not in self.idf:
                continue
            for d, counts in enumerate(self.tf):
                f = counts.get(q, 0)
                if f:
                    norm = self.k1 * (1 - self.b + self.b * self.lengths[d] / self.avgdl)
                    scores[d] += self.idf[q] * f * (self.k1 + 1) / (f + norm)
        return np.array(scores)

    def top_n(self, query, n):
        scores = self.get_scores(query)
        order = sorted(range(len(scores)), key=lambda d: -scores[d])   # sorted() is stable
        return np.array(order[:n], dtype=np.int64)
