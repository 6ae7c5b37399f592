def smallest(x):
    return float(min(x))
