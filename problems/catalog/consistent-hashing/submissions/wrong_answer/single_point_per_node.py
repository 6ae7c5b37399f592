"""Wrong answer: replicas is ignored and each node gets a single point on the ring, so the arcs,
and with them the loads, differ widely between nodes."""
import bisect
import hashlib


def _position(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes, replicas=100):
        self.ring = sorted((_position(v), v) for v in nodes)

    def add_node(self, node):
        bisect.insort(self.ring, (_position(node), node))

    def remove_node(self, node):
        self.ring = [(p, v) for p, v in self.ring if v != node]

    def get_node(self, key):
        i = bisect.bisect_left(self.ring, (_position(key), ""))
        return self.ring[i % len(self.ring)][1]
