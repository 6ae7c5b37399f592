package dev.allclose.reference.graph;

import java.util.Arrays;

/**
 * A binary min-heap of node indices keyed by a shared array of priorities, with decrease-key: the
 * heap knows where each node sits, so lowering a key moves that node up in O(log n) instead of
 * pushing a second copy. Equal keys order by node index. Not thread-safe.
 */
final class IndexedHeap {
  private final double[] key;
  private final int[] heap;
  private final int[] position;
  private int size;

  /** A heap over nodes {@code 0..key.length-1} ordered by {@code key}, which the caller lowers. */
  IndexedHeap(double[] key) {
    this.key = key;
    this.heap = new int[key.length];
    this.position = new int[key.length];
    Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  void insert(int node) {
    heap[size] = node;
    position[node] = size;
    siftUp(size++);
  }

  /** Inserts {@code node}, or restores order after its key was lowered if it is already queued. */
  void insertOrDecrease(int node) {
    if (position[node] < 0) {
      insert(node);
    } else {
      siftUp(position[node]);
    }
  }

  int popMin() {
    int top = heap[0];
    position[top] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size];
      position[heap[0]] = 0;
      siftDown(0);
    }
    return top;
  }

  private boolean before(int a, int b) {
    return key[a] < key[b] || (key[a] == key[b] && a < b);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!before(heap[i], heap[parent])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int best = i;
      for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
        if (before(heap[child], heap[best])) {
          best = child;
        }
      }
      if (best == i) {
        return;
      }
      swap(i, best);
      i = best;
    }
  }

  private void swap(int i, int j) {
    int t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
    position[heap[i]] = i;
    position[heap[j]] = j;
  }
}
