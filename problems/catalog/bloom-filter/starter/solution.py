import math


class BloomFilter:
    """A set of strings that may report false positives but never false negatives.

    capacity: the number of distinct items the filter is sized for (n).
    error_rate: the target false-positive rate p at capacity, 0 < p < 1.
    Size the filter in the constructor and expose the sizes as the int attributes
    num_bits (m) and num_hashes (k).
    """

    def __init__(self, capacity, error_rate):
        raise NotImplementedError

    def add(self, item):
        """Insert the string item."""
        raise NotImplementedError

    def contains(self, item):
        """False if item was certainly never added; True if it probably was."""
        raise NotImplementedError

    def __contains__(self, item):
        """Makes `item in bloom` work; must agree with contains()."""
        raise NotImplementedError
