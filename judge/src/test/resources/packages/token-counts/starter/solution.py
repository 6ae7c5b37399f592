def token_counts(docs, word):
    raise NotImplementedError
