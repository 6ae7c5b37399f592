"""Writes utf8-replace.tsv: byte strings and what CPython's bytes.decode("utf-8", "replace") makes
of them, the oracle of Utf8DecoderTest. Each line is `hex bytes <TAB> code points in hex, each
followed by a comma`. Run with any CPython 3 (made with 3.11.7): python3 make_utf8_replace.py
"""
import random

# Bytes at the edges of Table 3-7 of the Unicode Standard, where decoders disagree most.
EDGES = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
         0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF]
FIXED = ["e282ac", "e282", "e2", "f09f9880", "f09f98", "f09f", "eda080", "eda0", "edbfbf",
         "ed9fbf", "e080af", "f08080af", "f4908080", "c0af", "c3a9c3", "61e28241", "f4bf"]


def main():
    rng = random.Random(20261124)
    samples = [bytes.fromhex(h) for h in FIXED]
    for _ in range(1500):
        n = rng.randint(1, 8)
        samples.append(bytes(rng.choice(EDGES) if rng.random() < 0.8 else rng.randrange(256)
                             for _ in range(n)))
    with open("utf8-replace.tsv", "w", encoding="ascii") as out:
        for b in samples:
            text = b.decode("utf-8", "replace")
            out.write(b.hex() + "\t" + "".join("%x," % ord(c) for c in text) + "\n")


if __name__ == "__main__":
    main()
