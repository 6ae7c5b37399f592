"""Accepted: one pass with a min-heap of the k best seen so far, O(n log k)."""
import heapq


def top_k(x, k):
    # Entries are (value, -index): the heap's root is the weakest of the current winners, i.e.
    # the lowest value and, among equal values, the highest index.
    heap = []
    for i, v in enumerate(x.tolist()):
        entry = (v, -i)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heappushpop(heap, entry)
    weakest_first = [-heapq.heappop(heap)[1] for _ in range(len(heap))]
    return weakest_first[::-1]
