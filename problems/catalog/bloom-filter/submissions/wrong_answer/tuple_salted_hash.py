"""Wrong answer (false-positive rate): the k hashes are hash((i, item)); Python's tuple hash
combines hash(i) and hash(item) so simply that the k positions of one item are strongly
correlated, and the measured rate is several times the target."""

import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        ln2 = math.log(2.0)
        self.num_bits = math.ceil(-capacity * math.log(error_rate) / ln2**2)
        self.num_hashes = max(1, round(self.num_bits / capacity * ln2))
        self._bits = bytearray(self.num_bits)

    def add(self, item):
        for i in range(self.num_hashes):
            self._bits[hash((i, item)) % self.num_bits] = 1

    def contains(self, item):
        return all(self._bits[hash((i, item)) % self.num_bits] for i in range(self.num_hashes))

    def __contains__(self, item):
        return self.contains(item)
