import numpy as np


def kmeans(X, init, max_iter=100):
    """Lloyd's algorithm from the given initial centroids.

    X: (n, d) float64 points. init: (k, d) float64 initial centroids. max_iter: int >= 1.
    Repeat: assign every point to its nearest centroid by squared Euclidean distance (ties to the
    lower centroid index); stop if no label changed (the first assignment always counts as a
    change); otherwise move each centroid to the mean of its points (a centroid with no point
    stays where it is). At most max_iter assignments.
    Returns the tuple (centroids, labels, n_iter): centroids (k, d) float64, labels (n,) int64, and
    n_iter the number of assignment steps made (the last one changed nothing, or it is max_iter).
    """
    raise NotImplementedError


def kmeans_plus_plus(X, k, u):
    """k-means++ seeding driven by the given uniforms u (k,), each in [0, 1).

    The first centre is the point floor(u[0] * n). Centre t is the first index i whose normalised
    cumulative weight S_i / S_{n-1} is greater than u[t], where S_i = sum_{m <= i} D(x_m)^2 and
    D(x) is the distance from x to its nearest centre chosen so far. If every D^2 is zero, take
    floor(u[t] * n). Returns the k chosen indices, in the order chosen, as an int64 array.
    """
    raise NotImplementedError
