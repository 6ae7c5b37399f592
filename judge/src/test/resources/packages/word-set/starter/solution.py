class WordSet:
    def __init__(self, prefix):
        raise NotImplementedError
