"""Wrong answer: the right k indices, but popped from the min-heap and returned weakest first."""
import heapq


def top_k(x, k):
    heap = []
    for i, v in enumerate(x.tolist()):
        entry = (v, -i)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heappushpop(heap, entry)
    return [-heapq.heappop(heap)[1] for _ in range(len(heap))]
