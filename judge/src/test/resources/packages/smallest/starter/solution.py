def smallest(x):
    raise NotImplementedError
