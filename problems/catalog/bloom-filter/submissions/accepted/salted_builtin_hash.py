"""Accepted: k salted hashes from Python's built-in hash(), one byte per bit.

hash() of a str is SipHash with a per-process key: stable within one run, which is all a filter
that lives in one process needs. The salt is prepended to the item, so the k hashes are hashes of
different strings rather than simple functions of one another.
"""

import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        ln2 = math.log(2.0)
        self.num_bits = int(-capacity * math.log(error_rate) / (ln2 * ln2)) + 1
        self.num_hashes = max(1, int(self.num_bits / capacity * ln2 + 0.5))
        self._bits = bytearray(self.num_bits)
        self._salts = ["%d\x1f" % i for i in range(self.num_hashes)]

    def add(self, item):
        m = self.num_bits
        for salt in self._salts:
            self._bits[hash(salt + item) % m] = 1

    def contains(self, item):
        m = self.num_bits
        return all(self._bits[hash(salt + item) % m] for salt in self._salts)

    def __contains__(self, item):
        return self.contains(item)
