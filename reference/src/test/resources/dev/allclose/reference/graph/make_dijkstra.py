"""Writes dijkstra-<name>.npz, the oracle of DijkstraTest, with NumPy and SciPy.

The distances come from scipy.sparse.csgraph.dijkstra on a CSR matrix of the graph. Building that
matrix from (u, v, w) triples would add the weights of parallel edges (CSR sums duplicates), so
the script first keeps the lightest of each group of parallel edges; explicit zero weights stay
edges in a CSR matrix built this way, which is the contract's meaning. Graphs with at most 2,000
edges are also solved by Bellman-Ford relaxation written here (|V| - 1 rounds over every edge,
the triples as given, parallel edges included), and the script refuses to write a case where the
two disagree beyond rounding.

Each file holds the inputs of dijkstra (n, edges, source) and out_0, the distances (inf where
unreachable). Run: python3 make_dijkstra.py (made with NumPy 2.4, SciPy 1.17).
"""
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


def lightest_parallel(n, edges):
    u, v, w = edges[:, 0].astype(np.int64), edges[:, 1].astype(np.int64), edges[:, 2]
    key = u * n + v
    order = np.lexsort((w, key))
    key, w = key[order], w[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    return key[first] // n, key[first] % n, w[first]


def scipy_distances(n, edges, source):
    u, v, w = lightest_parallel(n, edges)
    graph = csr_matrix((w, (u, v)), shape=(n, n))
    return dijkstra(graph, directed=True, indices=source)


def bellman_ford(n, edges, source):
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[int(u)] + w < dist[int(v)]:
                dist[int(v)] = dist[int(u)] + w
                changed = True
        if not changed:
            break
    return dist


def random_graph(rng, n, m, low, high, integer=False):
    u = rng.integers(0, n, m)
    v = rng.integers(0, n, m)
    w = rng.integers(low, high + 1, m).astype(float) if integer else rng.uniform(low, high, m)
    return np.column_stack([u, v, w]).astype(np.float64)


def cases(rng):
    yield "tiny-chain", 4, np.array([[0, 1, 2.0], [1, 2, 0.5], [2, 3, 1.25]]), 0
    # The direct edge 0 -> 3 is found first and is longer than 0 -> 1 -> 2 -> 3.
    yield "first-discovery-loses", 4, np.array(
        [[0, 3, 10.0], [0, 1, 1.0], [1, 2, 1.0], [2, 3, 1.0]]), 0
    # Reversed edges would give shortcuts: direction matters.
    yield "one-way", 5, np.array(
        [[0, 1, 5.0], [1, 2, 5.0], [2, 3, 5.0], [3, 4, 5.0], [4, 0, 1.0], [3, 1, 0.5]]), 2
    yield "parallel-and-self-loops", 5, np.array(
        [[0, 1, 7.0], [0, 1, 3.0], [0, 1, 4.5], [1, 1, 0.0], [1, 2, 2.0], [1, 2, 2.0],
         [2, 2, 9.0], [2, 4, 1.0], [0, 4, 9.0]]), 0
    yield "zero-weights", 6, np.array(
        [[0, 1, 0.0], [1, 2, 0.0], [2, 0, 0.0], [2, 3, 1.0], [1, 3, 0.0], [3, 4, 0.0],
         [4, 3, 0.0]]), 1
    yield "unreachable-part", 7, np.array(
        [[0, 1, 1.0], [1, 2, 1.0], [3, 4, 1.0], [4, 0, 1.0], [5, 6, 2.0]]), 0
    yield "source-isolated", 3, np.array([[1, 2, 1.0], [2, 1, 1.0]]), 0
    yield "random-small", 30, random_graph(rng, 30, 90, 0.0, 10.0), 3
    yield "random-integer-ties", 40, random_graph(rng, 40, 200, 0, 3, integer=True), 0
    yield "random-medium", 300, random_graph(rng, 300, 1500, 0.01, 100.0), 17
    yield "random-wide-range", 200, random_graph(rng, 200, 1000, 1e-6, 1e6), 0
    yield "random-large", 5000, random_graph(rng, 5000, 20000, 0.0, 1.0), 1234


def main():
    rng = np.random.default_rng(20261230)
    for name, n, edges, source in cases(rng):
        edges = np.asarray(edges, dtype=np.float64).reshape(-1, 3)
        dist = scipy_distances(n, edges, source)
        if len(edges) <= 2000:
            check = bellman_ford(n, edges, source)
            assert np.array_equal(np.isinf(dist), np.isinf(check)), name
            assert np.allclose(dist, check, rtol=1e-12, atol=0), name
        np.savez(f"dijkstra-{name}.npz", n=np.int64(n), edges=edges, source=np.int64(source),
                 out_0=dist)


if __name__ == "__main__":
    main()
