"""Wrong answer: the heap keeps k + 1 entries ("<= k" instead of "< k"), so k + 1 come back."""
import heapq


def top_k(x, k):
    heap = []
    for i, v in enumerate(x.tolist()):
        entry = (v, -i)
        if len(heap) <= k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heappushpop(heap, entry)
    weakest_first = [-heapq.heappop(heap)[1] for _ in range(len(heap))]
    return weakest_first[::-1]
