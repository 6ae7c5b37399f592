"""Wrong answer: a key goes to node hash(key) mod n. It is balanced and the same in every process,
but adding or removing a node changes n, so most keys move, not only those of that node."""
import hashlib


def _h(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes, replicas=100):
        self.nodes = sorted(nodes)

    def add_node(self, node):
        self.nodes = sorted(self.nodes + [node])

    def remove_node(self, node):
        self.nodes.remove(node)

    def get_node(self, key):
        return self.nodes[_h(key) % len(self.nodes)]
