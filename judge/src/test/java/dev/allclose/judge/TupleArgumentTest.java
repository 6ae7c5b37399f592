package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tuple[int,int] argument is a Python tuple (so it indexes a 2-D array and compares equal to
 * another tuple) and a Java int[].
 */
class TupleArgumentTest {
  @TempDir Path tmp;

  @Test
  void pythonGetsATuple() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport r =
        f.submit(
            "cell-value",
            "c.py",
            "def cell_value(grid, cell):\n"
                + "    assert type(cell) is tuple and cell == (cell[0], cell[1])\n"
                + "    assert all(type(i) is int for i in cell)\n"
                + "    return int(grid[cell])\n");
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void javaGetsAnIntArray() {
    JudgeFixture f = new JudgeFixture(tmp);
    String java =
        "public class Solution {\n  public static long cellValue(long[][] grid, int[] cell) {\n"
            + "    return grid[cell[0]][cell[1]];\n  }\n}\n";
    SubmissionReport r = f.submit("cell-value", "Solution.java", java);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }
}
