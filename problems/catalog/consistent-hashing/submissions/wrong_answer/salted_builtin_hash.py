"""Wrong answer: ring points come from Python's built-in hash(), which is salted per process for
strings, so the ring is consistent within one run and different in the next."""
import bisect


class HashRing:
    def __init__(self, nodes, replicas=100):
        self.replicas = replicas
        self.ring = []
        for node in nodes:
            self.add_node(node)

    def add_node(self, node):
        for i in range(self.replicas):
            bisect.insort(self.ring, (hash(f"{node}#{i}"), node))

    def remove_node(self, node):
        self.ring = [(p, v) for p, v in self.ring if v != node]

    def get_node(self, key):
        i = bisect.bisect_left(self.ring, (hash(key), ""))
        return self.ring[i % len(self.ring)][1]
