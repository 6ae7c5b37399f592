import hashlib

import numpy as np


def _position(text):
    # 8 bytes of SHA-256 as an unsigned 64-bit integer
    return np.uint64(int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little"))


class HashRing:
    def __init__(self, nodes, replicas=100):
        self.replicas = replicas
        self.points = {}
        for node in nodes:
            self.add_node(node)

    def _rebuild(self):
        order = sorted(self.points)
        self.positions = np.array(order, dtype=np.uint64)
        self.owners = [self.points[p] for p in order]

    def add_node(self, node):
        for i in range(self.replicas):
            self.points[int(_position("%s-vnode-%d" % (node, i)))] = node
        self._rebuild()

    def remove_node(self, node):
        self.points = {p: v for p, v in self.points.items() if v != node}
        self._rebuild()

    def get_node(self, key):
        i = int(np.searchsorted(self.positions, _position(key), side="left"))
        return self.owners[i % len(self.owners)]
