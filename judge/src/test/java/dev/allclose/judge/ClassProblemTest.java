package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class problem ("word-set") driven through every kind of call, with string arguments passed one
 * at a time (EACH, IN), a method with an int argument, and an attribute, in both languages.
 */
class ClassProblemTest {
  @TempDir Path tmp;

  static final String JAVA =
      """
      import java.util.*;
      public class WordSet {
        private final String prefix;
        private final Set<String> words = new HashSet<>();
        public WordSet(String prefix) { this.prefix = prefix; }
        public void add(String word) { words.add(prefix + word); }
        public boolean contains(String word) { return words.contains(prefix + word); }
        public String longest(int limit) {
          String best = "";
          for (String w : words) {
            int n = w.codePointCount(0, w.length());
            int b = best.codePointCount(0, best.length());
            if (n <= limit && (n > b || (n == b && w.compareTo(best) > 0))) best = w;
          }
          return best;
        }
        public int size() { return words.size(); }
      }
      """;

  @Test
  void pythonObjectsAreDrivenThroughEveryKindOfCall() throws Exception {
    String source =
        Files.readString(
            JudgeFixture.packageDir("word-set").resolve("submissions/accepted/word_set.py"));
    SubmissionReport r = new JudgeFixture(tmp).submit("word-set", "word_set.py", source);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void javaObjectsAreDrivenThroughEveryKindOfCall() {
    SubmissionReport r = new JudgeFixture(tmp).submit("word-set", "WordSet.java", JAVA);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void aMissingMembershipOperatorIsARuntimeErrorNamingIt() throws Exception {
    String source =
        Files.readString(
                JudgeFixture.packageDir("word-set").resolve("submissions/accepted/word_set.py"))
            .replace("    def __contains__(self, word):\n        return self.contains(word)\n", "");
    SubmissionReport r = new JudgeFixture(tmp).submit("word-set", "word_set.py", source);
    assertThat(r.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(r.message()).contains("not iterable");
  }

  @Test
  void aMissingMethodIsNamedWithItsSignature() {
    SubmissionReport r =
        new JudgeFixture(tmp)
            .submit(
                "word-set",
                "WordSet.java",
                JAVA.replace("public int size()", "public int count()"));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(r.message()).contains("public int size()");
  }
}
