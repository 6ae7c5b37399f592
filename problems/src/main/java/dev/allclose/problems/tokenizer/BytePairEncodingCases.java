package dev.allclose.problems.tokenizer;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;
import static dev.allclose.problems.Cases.text;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.tokenizer.BytePairEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 2, bpe-tokenizer. Every case makes three calls: {@code train_bpe} on a corpus,
 * then {@code encode} and {@code decode} with the reference's merges for that corpus, so that each
 * function is judged on its own even when the candidate's training is wrong.
 *
 * <p>The hidden cases target the contract's reject kinds: ties whose earliest pair is not the
 * smallest (every trained case, and {@code tie-earliest-first} by construction), runs of one byte
 * whose overlapping count beats a pair that wins without overlap ({@code overlap-*}, {@code
 * cut-characters}), texts where the most frequent applicable merge is not the lowest-indexed one
 * ({@code encode-*}), and ids whose tokens split multi-byte characters ({@code cut-characters},
 * {@code decode-*}). Training never asks for more merges than the corpus allows, and no decoded
 * byte string holds NUL (NumPy drops trailing NULs from strings) or {@code ED A0..BF}, where the
 * JDK's UTF-8 decoder and Python's disagree on the number of replacement characters.
 */
public final class BytePairEncodingCases implements CaseGenerator {
  private static final String[] LETTERS = words("a b c d e f g h");
  private static final String[] ACCENTED = words("a e é è ß ü ç n t");
  private static final String[] CJK = words("日 本 語 学 生 中 国 人");
  private static final String[] EMOJI = words("😀 🎉 👍🏽 a b");
  private static final String[] MIXED =
      words("a b c d e f g h i j k l m n o p q r s t u v w x y z é ß 日 本 😀");

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(same(TestCase.sample("sample-1-known"), "the worked example", "aaabdaaabac", 259));
    cases.add(
        same(
            TestCase.sample("sample-2-accents"),
            "two-byte characters",
            "café, cafés, décaféiné",
            262));
    cases.add(
        same(
            TestCase.hidden("tie-earliest-first"),
            "ties where the earliest pair is not the smallest",
            "xyxyabab qpqp",
            262));
    cases.add(random(ctx, "ties-random-letters", "ASCII words, many ties", LETTERS, 80, 40));
    cases.add(
        same(
            TestCase.hidden("overlap-run"),
            "a run of five a's against three xy's",
            "xyxyxy aaaaa",
            260));
    cases.add(overlapRuns(ctx));
    cases.add(random(ctx, "utf8-accents", "accented letters and sharp s", ACCENTED, 80, 40));
    cases.add(random(ctx, "utf8-cjk", "three-byte CJK characters", CJK, 60, 40));
    cases.add(random(ctx, "utf8-emoji", "four-byte emoji and a skin-tone modifier", EMOJI, 60, 40));
    cases.add(
        same(
            TestCase.hidden("cut-characters"),
            "merges that take a byte of a character with its neighbour",
            "aé".repeat(12) + "x😀".repeat(8),
            262));
    cases.add(
        make(
            TestCase.hidden("encode-rank-not-count"),
            "(b, c) is frequent in the text but merges after (a, b)",
            "ababab bcbc",
            259,
            "abcbcbc"));
    cases.add(encodeOther(ctx, "encode-other-ascii", "letters a, b, c", words("a b c"), 12));
    cases.add(encodeOther(ctx, "encode-other-utf8", "accented words", ACCENTED, 30));
    cases.add(decodeRawBytes(ctx));
    cases.add(decodeRandomIds(ctx));
    cases.add(decodeTruncated(ctx));
    cases.add(make(TestCase.hidden("single-merge"), "two bytes, one merge", "ab", 257, "ab"));
    cases.add(
        make(
            TestCase.hidden("empty-text"),
            "encode and decode nothing",
            "ab ab ab",
            258,
            "",
            new int[0]));
    cases.add(
        same(
            TestCase.hidden("whitespace"),
            "no pre-splitting: merges cross spaces and newlines",
            "the cat sat on the mat\nthe hat sat by the cat\n  a mat, a hat; the end\n",
            276));
    cases.add(random(ctx, "large", "500 mixed words, 100 merges", MIXED, 500, 100));
    return cases;
  }

  private static TestCase random(
      GenerationContext ctx,
      String name,
      String description,
      String[] alphabet,
      int wordCount,
      int merges) {
    String corpus = randomWords(ctx.rng(name), alphabet, wordCount);
    return same(TestCase.hidden(name), description, corpus, 256 + merges);
  }

  /** Forty "aaa" (two overlapping (a, a) each, one without overlap) among sixty "xy". */
  private static TestCase overlapRuns(GenerationContext ctx) {
    Rng rng = ctx.rng("overlap-runs-shuffled");
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      pieces.add(i < 40 ? "aaa" : "xy");
    }
    for (int i = pieces.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      pieces.set(j, pieces.set(i, pieces.get(j)));
    }
    return same(
        TestCase.hidden("overlap-runs-shuffled"),
        "runs of three a's among xy pairs",
        String.join(" ", pieces),
        266);
  }

  private static TestCase encodeOther(
      GenerationContext ctx, String name, String description, String[] alphabet, int merges) {
    Rng rng = ctx.rng(name);
    String corpus = randomWords(rng, alphabet, 40);
    String text = randomWords(rng, alphabet, 40);
    return make(
        TestCase.hidden(name),
        "encode a text the merges were not trained on: " + description,
        corpus,
        256 + merges,
        text);
  }

  /** Ids that are single bytes of multi-byte characters: only the joined bytes decode. */
  private static TestCase decodeRawBytes(GenerationContext ctx) {
    String corpus = randomWords(ctx.rng("decode-raw-bytes"), ACCENTED, 40);
    String hidden = "ßüé 日本語 😀👍🏽";
    return make(
        TestCase.hidden("decode-raw-bytes"),
        "ids are the single bytes of multi-byte characters",
        corpus,
        276,
        "naïve café",
        ByteStrings.bytes(hidden.getBytes(StandardCharsets.UTF_8)));
  }

  /** Random ids over the whole vocabulary: the joined bytes are mostly ill-formed UTF-8. */
  private static TestCase decodeRandomIds(GenerationContext ctx) {
    Rng rng = ctx.rng("decode-random-ids");
    String corpus = randomWords(rng, MIXED, 60);
    int vocabSize = 256 + 40;
    int[][] merges = BytePairEncoding.train(corpus, vocabSize);
    int[] ids;
    do {
      ids = new int[40];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = rng.nextInt(1, 256 + merges.length - 1);
      }
    } while (!ByteStrings.fairToDecode(ids, merges));
    return make(
        TestCase.hidden("decode-random-ids"),
        "random ids: ill-formed UTF-8 becomes replacement characters",
        corpus,
        vocabSize,
        "😀 ok",
        ids);
  }

  /** Characters cut short in the middle and at the end of the byte string. */
  private static TestCase decodeTruncated(GenerationContext ctx) {
    byte[] cjk = "日本語".getBytes(StandardCharsets.UTF_8);
    byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
    byte[] joined =
        ByteStrings.concat(
            Arrays.copyOf(cjk, cjk.length - 1),
            " é".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3},
            "x".getBytes(StandardCharsets.UTF_8),
            Arrays.copyOf(emoji, 3));
    String corpus = randomWords(ctx.rng("decode-truncated"), CJK, 40);
    return make(
        TestCase.hidden("decode-truncated"),
        "truncated three-, two- and four-byte characters",
        corpus,
        270,
        "日本語",
        ByteStrings.bytes(joined));
  }

  private static TestCase same(
      TestCase.Builder builder, String description, String corpus, int vocabSize) {
    return make(builder, description, corpus, vocabSize, corpus);
  }

  private static TestCase make(
      TestCase.Builder builder, String description, String corpus, int vocabSize, String text) {
    int[][] merges = BytePairEncoding.train(corpus, vocabSize);
    return make(
        builder, description, corpus, vocabSize, text, BytePairEncoding.encode(text, merges));
  }

  /**
   * The case: {@code trained = train_bpe(corpus, vocab_size)}, {@code encoded = encode(text,
   * merges)} and {@code decoded = decode(ids, merges)}, where {@code merges} is the reference's
   * training result.
   */
  private static TestCase make(
      TestCase.Builder builder,
      String description,
      String corpus,
      int vocabSize,
      String text,
      int[] ids) {
    int[][] merges = BytePairEncoding.train(corpus, vocabSize);
    if (merges.length != vocabSize - BytePairEncoding.BYTES) {
      throw new IllegalStateException(
          builder.name() + ": the corpus allows only " + merges.length + " merges");
    }
    if (!ByteStrings.fairToDecode(ids, merges)) {
      throw new IllegalStateException(builder.name() + ": ids decode to NUL or ED A0..BF");
    }
    return builder
        .describe(description)
        .input("corpus", text(corpus))
        .input("vocab_size", scalar(vocabSize))
        .input("text", text(text))
        .input("merges", array(merges))
        .input("ids", array(ids))
        .call(CaseCall.call("train_bpe", List.of("corpus", "vocab_size"), List.of("trained")))
        .call(CaseCall.call("encode", List.of("text", "merges"), List.of("encoded")))
        .call(CaseCall.call("decode", List.of("ids", "merges"), List.of("decoded")))
        .expect("trained", array(merges))
        .expect("encoded", array(BytePairEncoding.encode(text, merges)))
        .expect("decoded", text(BytePairEncoding.decode(ids, merges)))
        .build();
  }

  private static String randomWords(Rng rng, String[] alphabet, int count) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      int length = rng.nextInt(1, 6);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet[rng.nextInt(alphabet.length)]);
      }
    }
    return sb.toString();
  }

  private static String[] words(String spaced) {
    return spaced.split(" ");
  }
}
