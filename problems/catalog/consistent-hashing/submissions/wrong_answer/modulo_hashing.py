import hashlib


def _h(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    # Balanced and the same in every process, but the modulus changes with the node count.
    def __init__(self, nodes, replicas=100):
        self.nodes = sorted(nodes)

    def add_node(self, node):
        self.nodes = sorted(self.nodes + [node])

    def remove_node(self, node):
        self.nodes.remove(node)

    def get_node(self, key):
        return self.nodes[_h(key) % len(self.nodes)]
