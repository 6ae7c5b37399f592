package dev.allclose.judge.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStorePublishTest {
  /**
   * A server and its judge worker on one home both prepared a problem's cases; the second rename
   * found the first set in place and failed the run with "Directory not empty" (an internal error
   * under load). The set published first now stays, and the second is dropped.
   */
  @Test
  void aSetAnotherProcessPublishedFirstStays(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("multi-head-attention").resolve("b1ef039f1a21503c9368152a");
    CaseStore.publish(List.of(), dir);
    CaseStore.publish(List.of(), dir);
    assertThat(dir.resolve("complete")).exists();
    try (Stream<Path> left = Files.list(dir.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactly(dir.getFileName().toString());
    }
  }
}
