"""Runtime error: contains() is right but __contains__ is missing, so `item in bf` raises
TypeError ("argument of type 'BloomFilter' is not iterable")."""

import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        ln2 = math.log(2.0)
        self.num_bits = math.ceil(-capacity * math.log(error_rate) / ln2**2)
        self.num_hashes = max(1, round(self.num_bits / capacity * ln2))
        self._bits = bytearray(self.num_bits)

    def _positions(self, item):
        digest = hashlib.blake2b(item.encode("utf-8"), digest_size=16).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:], "little") | 1
        return [(h1 + i * h2) % self.num_bits for i in range(self.num_hashes)]

    def add(self, item):
        for p in self._positions(item):
            self._bits[p] = 1

    def contains(self, item):
        return all(self._bits[p] for p in self._positions(item))
