class HashRing:
    def __init__(self, nodes, replicas=100):
        raise NotImplementedError

    def add_node(self, node):
        raise NotImplementedError

    def remove_node(self, node):
        raise NotImplementedError

    def get_node(self, key):
        raise NotImplementedError
