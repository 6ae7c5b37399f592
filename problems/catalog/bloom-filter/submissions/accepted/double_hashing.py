"""Accepted: one blake2b digest split into h1 and h2, k positions h1 + i*h2 mod m (Kirsch and
Mitzenmacher's double hashing), bits packed eight to a byte."""

import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        if capacity <= 0 or not 0.0 < error_rate < 1.0:
            raise ValueError("need capacity > 0 and 0 < error_rate < 1")
        ln2 = math.log(2.0)
        self.num_bits = math.ceil(-capacity * math.log(error_rate) / ln2**2)
        self.num_hashes = max(1, round(self.num_bits / capacity * ln2))
        self._bits = bytearray((self.num_bits + 7) // 8)

    def _positions(self, item):
        digest = hashlib.blake2b(item.encode("utf-8"), digest_size=16).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:], "little") | 1
        m = self.num_bits
        return [(h1 + i * h2) % m for i in range(self.num_hashes)]

    def add(self, item):
        for p in self._positions(item):
            self._bits[p >> 3] |= 1 << (p & 7)

    def contains(self, item):
        bits = self._bits
        return all(bits[p >> 3] >> (p & 7) & 1 for p in self._positions(item))

    def __contains__(self, item):
        return self.contains(item)
