package dev.allclose.reference.spatial;

/**
 * Exact k-nearest-neighbour search in Euclidean space with a k-d tree.
 *
 * <p>Source: J. L. Bentley, "Multidimensional Binary Search Trees Used for Associative Searching",
 * Communications of the ACM 18(9):509-517, 1975, doi:10.1145/361002.361007; the search with a bound
 * on the k-th distance follows J. H. Friedman, J. L. Bentley and R. A. Finkel, "An Algorithm for
 * Finding Best Matches in Logarithmic Expected Time", ACM Transactions on Mathematical Software
 * 3(3):209-226, 1977.
 *
 * <p>Construction: a node holding more than {@link #LEAF_SIZE} points splits them at the median of
 * the coordinate with the widest spread (a selection, not a sort: O(n) per level, O(n log n) in
 * all). Query: descend to the side of each split that holds the query, then enter the far side only
 * when the plane is within the current k-th best distance:
 *
 * <pre>
 *   (q[axis] - split)^2 <= d_k^2                                                (1)
 * </pre>
 *
 * comparing squared quantities on both sides. Equality in (1) still enters, because a point at
 * exactly d_k with a lower index must replace the current k-th. Neighbours are ordered by (squared
 * distance, index), so ties go to the lower index; the distances returned are square roots of the
 * squared sums sum_j (p_j - q_j)^2. Expected query cost O(log n + k) for fixed low dimension
 * (Friedman, Bentley and Finkel 1977); memory O(n).
 *
 * <p>Immutable after construction; {@link #query} is safe to call from several threads.
 */
public final class KdTree {
  /** Points per leaf: a leaf scan is cheaper than more levels of splitting below this size. */
  static final int LEAF_SIZE = 16;

  private final double[][] points;
  private final int dim;
  private final int[] order;
  private final int[] splitAxis;
  private final double[] splitValue;

  /** Nodes are implicit: node covering order[lo, hi) splits at mid = (lo + hi) >>> 1. */
  public KdTree(double[][] points) {
    if (points.length == 0) {
      throw new IllegalArgumentException("a k-d tree needs at least one point");
    }
    this.points = points;
    this.dim = points[0].length;
    for (double[] p : points) {
      if (p.length != dim) {
        throw new IllegalArgumentException("points differ in dimension");
      }
    }
    this.order = new int[points.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.splitAxis = new int[4 * points.length / LEAF_SIZE + 4];
    this.splitValue = new double[splitAxis.length];
    build(1, 0, points.length);
  }

  /** The k nearest points of each query (k clamped to the number of points). */
  public Neighbours query(double[][] q, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k=" + k + " must be at least 1");
    }
    int kk = Math.min(k, points.length);
    double[][] dists = new double[q.length][];
    long[][] idx = new long[q.length][];
    for (int r = 0; r < q.length; r++) {
      if (q[r].length != dim) {
        throw new IllegalArgumentException("query " + r + " has dimension " + q[r].length);
      }
      BoundedHeap heap = new BoundedHeap(kk);
      search(1, 0, points.length, q[r], heap);
      dists[r] = new double[kk];
      idx[r] = new long[kk];
      heap.drainAscending(dists[r], idx[r]);
    }
    return new Neighbours(dists, idx);
  }

  /** Distances (m, k) ascending and the indices (m, k) of those points. */
  public static final class Neighbours {
    private final double[][] dists;
    private final long[][] idx;

    Neighbours(double[][] dists, long[][] idx) {
      this.dists = dists;
      this.idx = idx;
    }

    public double[][] dists() {
      return dists;
    }

    public long[][] idx() {
      return idx;
    }
  }

  private void build(int node, int lo, int hi) {
    if (hi - lo <= LEAF_SIZE) {
      return;
    }
    int axis = widestAxis(lo, hi);
    int mid = (lo + hi) >>> 1;
    select(lo, hi - 1, mid, axis);
    splitAxis[node] = axis;
    splitValue[node] = points[order[mid]][axis];
    build(2 * node, lo, mid);
    build(2 * node + 1, mid, hi);
  }

  private int widestAxis(int lo, int hi) {
    int best = 0;
    double widest = -1;
    for (int a = 0; a < dim; a++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = lo; i < hi; i++) {
        double v = points[order[i]][a];
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (max - min > widest) {
        widest = max - min;
        best = a;
      }
    }
    return best;
  }

  /** Quickselect on order[lo..hi] by coordinate axis: order[mid] ends at its sorted place. */
  private void select(int lo, int hi, int mid, int axis) {
    while (lo < hi) {
      double pivot = points[order[(lo + hi) >>> 1]][axis];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (points[order[i]][axis] < pivot) {
          i++;
        }
        while (points[order[j]][axis] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = order[i];
          order[i++] = order[j];
          order[j--] = t;
        }
      }
      if (mid <= j) {
        hi = j;
      } else if (mid >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private void search(int node, int lo, int hi, double[] q, BoundedHeap heap) {
    if (hi - lo <= LEAF_SIZE) {
      for (int i = lo; i < hi; i++) {
        heap.offer(squaredDistance(points[order[i]], q), order[i]);
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    double gap = q[splitAxis[node]] - splitValue[node];
    boolean right = gap >= 0;
    if (right) {
      search(2 * node + 1, mid, hi, q, heap);
    } else {
      search(2 * node, lo, mid, q, heap);
    }
    if (!heap.full() || gap * gap <= heap.worst()) {
      if (right) {
        search(2 * node, lo, mid, q, heap);
      } else {
        search(2 * node + 1, mid, hi, q, heap);
      }
    }
  }

  static double squaredDistance(double[] p, double[] q) {
    double s = 0;
    for (int j = 0; j < p.length; j++) {
      double d = p[j] - q[j];
      s += d * d;
    }
    return s;
  }

  /** The k best (squared distance, index) pairs seen, as a max-heap on that order. */
  private static final class BoundedHeap {
    private final double[] d2;
    private final int[] index;
    private int size;

    BoundedHeap(int k) {
      d2 = new double[k];
      index = new int[k];
    }

    boolean full() {
      return size == d2.length;
    }

    double worst() {
      return d2[0];
    }

    void offer(double dist2, int i) {
      if (!full()) {
        d2[size] = dist2;
        index[size] = i;
        siftUp(size++);
      } else if (before(dist2, i, d2[0], index[0])) {
        d2[0] = dist2;
        index[0] = i;
        siftDown(0, size);
      }
    }

    /** Empties the heap into ascending order, square-rooting the distances. */
    void drainAscending(double[] dists, long[] idx) {
      for (int end = size - 1; end >= 0; end--) {
        dists[end] = Math.sqrt(d2[0]);
        idx[end] = index[0];
        swap(0, end);
        siftDown(0, end);
      }
    }

    private static boolean before(double da, int ia, double db, int ib) {
      return da < db || (da == db && ia < ib);
    }

    private void siftUp(int i) {
      while (i > 0 && before(d2[(i - 1) / 2], index[(i - 1) / 2], d2[i], index[i])) {
        swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
      }
    }

    private void siftDown(int i, int n) {
      while (2 * i + 1 < n) {
        int c = 2 * i + 1;
        if (c + 1 < n && before(d2[c], index[c], d2[c + 1], index[c + 1])) {
          c++;
        }
        if (!before(d2[i], index[i], d2[c], index[c])) {
          return;
        }
        swap(i, c);
        i = c;
      }
    }

    private void swap(int a, int b) {
      double t = d2[a];
      d2[a] = d2[b];
      d2[b] = t;
      int u = index[a];
      index[a] = index[b];
      index[b] = u;
    }
  }
}
