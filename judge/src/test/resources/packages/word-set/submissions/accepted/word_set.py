class WordSet:
    def __init__(self, prefix):
        self.prefix, self.words = prefix, set()

    def add(self, word):
        self.words.add(self.prefix + word)

    def contains(self, word):
        return self.prefix + word in self.words

    def __contains__(self, word):
        return self.contains(word)

    def longest(self, limit):
        fitting = [w for w in self.words if len(w) <= limit]
        return max(fitting, key=lambda w: (len(w), w)) if fitting else ""

    @property
    def size(self):
        return len(self.words)
