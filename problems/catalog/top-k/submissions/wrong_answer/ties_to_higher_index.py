"""Wrong answer: the heap holds (value, index), so among equal values the higher index wins."""
import heapq


def top_k(x, k):
    heap = []
    for i, v in enumerate(x.tolist()):
        if len(heap) < k:
            heapq.heappush(heap, (v, i))
        elif (v, i) > heap[0]:
            heapq.heappushpop(heap, (v, i))
    weakest_first = [heapq.heappop(heap)[1] for _ in range(len(heap))]
    return weakest_first[::-1]
