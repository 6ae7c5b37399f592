def scale(x, alpha=2.0):
    return x + alpha
