package dev.allclose.app.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.Language;
import org.junit.jupiter.api.Test;

class PlantedBugTest {
  @Test
  void aPythonModuleDocstringIsTheDescriptionAndLeavesTheCode() {
    String source =
        """
        # -*- coding: utf-8 -*-
        \"\"\"Wrong answer: the greedy choice takes each row's cheapest free column,
        which misses the global optimum.\"\"\"

        import numpy as np


        def f(x):
            \"\"\"A function's own docstring stays.\"\"\"
            return x
        """;
    PlantedBug bug = PlantedBug.of(source, Language.PYTHON);

    assertThat(bug.description())
        .isEqualTo(
            "The greedy choice takes each row's cheapest free column, which misses the global"
                + " optimum.");
    assertThat(bug.code())
        .startsWith("# -*- coding: utf-8 -*-\nimport numpy as np\n")
        .contains("A function's own docstring stays.")
        .doesNotContain("greedy");
  }

  @Test
  void aJavadocBeforeTheClassIsTheDescriptionWithItsLeadDropped() {
    String source =
        """
        import java.util.List;

        /**
         * Wrong answer (Java): fixes each node's distance when an edge first reaches it.
         */
        public class Solution {
          /** A method's comment stays. */
          public static int f() {
            return 1;
          }
        }
        """;
    PlantedBug bug = PlantedBug.of(source, Language.JAVA);

    assertThat(bug.description())
        .isEqualTo("Fixes each node's distance when an edge first reaches it.");
    assertThat(bug.code())
        .startsWith("import java.util.List;\n\npublic class Solution {")
        .contains("A method's comment stays.");
  }

  @Test
  void aFileWithoutADescribingCommentIsKeptWholeWithAnEmptyDescription() {
    String python = "import numpy as np\n\n\ndef f(x):\n    return x\n";
    String java = "public class Solution {\n  /** Inside the class. */\n  int x;\n}\n";

    assertThat(PlantedBug.of(python, Language.PYTHON)).isEqualTo(new PlantedBug(python, ""));
    assertThat(PlantedBug.of(java, Language.JAVA)).isEqualTo(new PlantedBug(java, ""));
  }
}
