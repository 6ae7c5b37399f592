def few_largest(x, k):
    raise NotImplementedError
