import java.util.PriorityQueue;

/** A node-per-point k-d tree, axis cycling with depth, median by quickselect. */
public class KDTree {
  private final double[][] pts;
  private final int[] ids;
  private final int dim;

  public KDTree(double[][] points) {
    pts = points;
    dim = points[0].length;
    ids = new int[points.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    build(0, ids.length, 0);
  }

  /** ids[lo, hi) is a subtree whose root is ids[mid], split on axis depth % dim. */
  private void build(int lo, int hi, int depth) {
    if (hi - lo <= 1) {
      return;
    }
    int axis = depth % dim;
    int mid = (lo + hi) >>> 1;
    int l = lo;
    int h = hi - 1;
    while (l < h) {
      double pivot = pts[ids[(l + h) >>> 1]][axis];
      int i = l;
      int j = h;
      while (i <= j) {
        while (pts[ids[i]][axis] < pivot) {
          i++;
        }
        while (pts[ids[j]][axis] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = ids[i];
          ids[i++] = ids[j];
          ids[j--] = t;
        }
      }
      if (mid <= j) {
        h = j;
      } else if (mid >= i) {
        l = i;
      } else {
        break;
      }
    }
    build(lo, mid, depth + 1);
    build(mid + 1, hi, depth + 1);
  }

  public Object[] query(double[][] q, int k) {
    int kk = Math.min(k, pts.length);
    double[][] dists = new double[q.length][kk];
    long[][] idx = new long[q.length][kk];
    for (int r = 0; r < q.length; r++) {
      // max-heap on (squared distance, index)
      PriorityQueue<double[]> best =
          new PriorityQueue<>(
              (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(b[1], a[1]));
      search(0, pts.length, 0, q[r], kk, best);
      for (int j = kk - 1; j >= 0; j--) {
        double[] e = best.poll();
        dists[r][j] = Math.sqrt(e[0]);
        idx[r][j] = (long) e[1];
      }
    }
    return new Object[] {dists, idx};
  }

  private void search(int lo, int hi, int depth, double[] x, int k, PriorityQueue<double[]> best) {
    if (lo >= hi) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    int id = ids[mid];
    double d2 = 0;
    for (int j = 0; j < dim; j++) {
      double t = pts[id][j] - x[j];
      d2 += t * t;
    }
    if (best.size() < k) {
      best.add(new double[] {d2, id});
    } else {
      double[] worst = best.peek();
      if (d2 < worst[0] || (d2 == worst[0] && id < worst[1])) {
        best.poll();
        best.add(new double[] {d2, id});
      }
    }
    int axis = depth % dim;
    double gap = x[axis] - pts[id][axis];
    if (gap < 0) {
      search(lo, mid, depth + 1, x, k, best);
    } else {
      search(mid + 1, hi, depth + 1, x, k, best);
    }
    if (best.size() < k || gap * gap <= best.peek()[0]) {
      if (gap < 0) {
        search(mid + 1, hi, depth + 1, x, k, best);
      } else {
        search(lo, mid, depth + 1, x, k, best);
      }
    }
  }
}
