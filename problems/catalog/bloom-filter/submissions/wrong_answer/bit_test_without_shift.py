"""Wrong answer (false negatives): contains() masks with (p & 7) instead of 1 << (p & 7), so a
bit stored at offset 0 of its byte is never found again."""

import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        ln2 = math.log(2.0)
        self.num_bits = math.ceil(-capacity * math.log(error_rate) / ln2**2)
        self.num_hashes = max(1, round(self.num_bits / capacity * ln2))
        self._bits = bytearray((self.num_bits + 7) // 8)

    def _positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big")
        return [(h1 + i * h2) % self.num_bits for i in range(self.num_hashes)]

    def add(self, item):
        for p in self._positions(item):
            self._bits[p // 8] |= 1 << (p % 8)

    def contains(self, item):
        return all(self._bits[p // 8] & (p % 8) for p in self._positions(item))

    def __contains__(self, item):
        return self.contains(item)
