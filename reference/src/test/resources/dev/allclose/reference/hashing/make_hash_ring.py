"""Golden owners for HashRingTest, written from the ring's definition with hashlib and bisect.

A point's position is the first 8 bytes of MD5(text) read big-endian as an unsigned integer; node
v owns the points of "v#0" .. "v#{r-1}"; a key belongs to the node of the first point at or after
its position, wrapping to the first point. Run from this folder: python3 make_hash_ring.py
"""
import bisect
import hashlib

import numpy as np


def position(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


def owners(nodes, replicas, keys):
    ring = sorted((position("%s#%d" % (v, i)), v) for v in nodes for i in range(replicas))
    positions = [p for p, _ in ring]
    out = []
    for k in keys:
        j = bisect.bisect_left(positions, position(k))
        out.append(ring[j % len(ring)][1])
    return out


def case(name, nodes, replicas, keys, removed, added):
    before = owners(nodes, replicas, keys)
    rest = [v for v in nodes if v != removed]
    after_remove = owners(rest, replicas, keys)
    after_add = owners(rest + [added], replicas, keys)
    np.savez(name + ".npz", nodes=np.array(nodes), replicas=np.array(replicas), keys=np.array(keys),
             removed=np.array(removed), added=np.array(added), before=np.array(before),
             after_remove=np.array(after_remove), after_add=np.array(after_add))


rng = np.random.default_rng(20261205)
case("ring-small", ["a", "b", "c"], 3, ["k%d" % i for i in range(50)], "b", "d")
case("ring-cache", ["cache-%02d" % i for i in range(8)], 100,
     ["user:%d" % u for u in rng.integers(0, 10**9, 2000)], "cache-03", "cache-99")
case("ring-unicode", ["nœud-α", "узел-β", "ノード-γ", "node-δ"], 40,
     ["clé-%d-é" % i for i in range(500)] + ["😀%d" % i for i in range(100)], "узел-β", "nó-ε")
