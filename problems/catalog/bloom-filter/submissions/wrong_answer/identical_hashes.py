"""Wrong answer (false-positive rate): double hashing written as (h1 + h2) % m instead of
(h1 + i * h2) % m, so all k positions are the same bit and the filter behaves as if k = 1."""

import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        ln2 = math.log(2.0)
        self.num_bits = math.ceil(-capacity * math.log(error_rate) / ln2**2)
        self.num_hashes = max(1, round(self.num_bits / capacity * ln2))
        self._bits = bytearray(self.num_bits)

    def _positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:16], "little")
        return [(h1 + h2) % self.num_bits for i in range(self.num_hashes)]

    def add(self, item):
        for p in self._positions(item):
            self._bits[p] = 1

    def contains(self, item):
        return all(self._bits[p] for p in self._positions(item))

    def __contains__(self, item):
        return self.contains(item)
