def token_counts(docs, word):
    return [len(d) for d in docs], [d.count(word) for d in docs]
