"""Wrong answer (hash count): the bit array is sized right but a single hash function is used,
k = 1 instead of about (m / n) ln 2."""

import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.num_bits = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.num_hashes = 1
        self._bits = bytearray(self.num_bits)

    def _index(self, item):
        digest = hashlib.md5(item.encode("utf-8")).digest()
        return int.from_bytes(digest, "little") % self.num_bits

    def add(self, item):
        self._bits[self._index(item)] = 1

    def contains(self, item):
        return self._bits[self._index(item)] == 1

    def __contains__(self, item):
        return self.contains(item)
