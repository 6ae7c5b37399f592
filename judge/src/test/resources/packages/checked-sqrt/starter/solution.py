def checked_sqrt(x):
    raise NotImplementedError
