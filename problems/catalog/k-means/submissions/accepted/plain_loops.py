"""Accepted: lists and Python loops only, a strict < so the first centroid at the minimum
keeps the point; centroids and labels are returned as lists."""
import math


def _sq_dist(a, b):
    return sum((p - q) * (p - q) for p, q in zip(a, b))


def kmeans(X, init, max_iter=100):
    points = [list(map(float, row)) for row in X]
    centroids = [list(map(float, row)) for row in init]
    labels = None
    steps = 0
    while steps < max_iter:
        steps += 1
        new = []
        for p in points:
            best, best_d = 0, _sq_dist(p, centroids[0])
            for j in range(1, len(centroids)):
                dj = _sq_dist(p, centroids[j])
                if dj < best_d:
                    best, best_d = j, dj
            new.append(best)
        if new == labels:
            break
        labels = new
        for j in range(len(centroids)):
            members = [p for p, lab in zip(points, labels) if lab == j]
            if members:
                centroids[j] = [sum(col) / len(members) for col in zip(*members)]
    return centroids, labels, steps


def kmeans_plus_plus(X, k, u):
    points = [list(map(float, row)) for row in X]
    n = len(points)
    first = math.floor(u[0] * n)
    chosen = [first]
    weight = [_sq_dist(p, points[first]) for p in points]
    for t in range(1, k):
        total = 0.0
        for w in weight:
            total += w
        if total == 0:
            pick = math.floor(u[t] * n)
        else:
            running, pick = 0.0, n - 1
            for i, w in enumerate(weight):
                running += w
                if running / total > u[t]:
                    pick = i
                    break
        chosen.append(pick)
        weight = [min(w, _sq_dist(p, points[pick])) for w, p in zip(weight, points)]
    return chosen
