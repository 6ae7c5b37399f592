import bisect
import hashlib


def _position(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes, replicas=100):
        self.replicas = replicas
        self._positions, self._owners = [], []
        for node in nodes:
            self.add_node(node)

    def _points(self, node):
        return [_position(f"{node}#{i}") for i in range(self.replicas)]

    def add_node(self, node):
        for p in self._points(node):
            i = bisect.bisect_left(self._positions, p)
            self._positions.insert(i, p)
            self._owners.insert(i, node)

    def remove_node(self, node):
        keep = [(p, v) for p, v in zip(self._positions, self._owners) if v != node]
        self._positions = [p for p, _ in keep]
        self._owners = [v for _, v in keep]

    def get_node(self, key):
        i = bisect.bisect_left(self._positions, _position(key))
        return self._owners[i % len(self._owners)]
