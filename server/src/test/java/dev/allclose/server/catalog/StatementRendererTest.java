package dev.allclose.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementRendererTest {
  private final StatementRenderer renderer = new StatementRenderer();

  @Test
  void liftsMathsOutOfReachOfMarkdown() {
    String html =
        renderer.render(
            "Scores $S_{ij} = q_i^\\top k_j$ and *emphasis*.\n\n$$a_1 * b_2 \\\\ c_3 \\tag{1}$$\n");
    assertThat(html)
        .contains("<span class=\"math\" data-display=\"false\">S_{ij} = q_i^\\top k_j</span>");
    assertThat(html)
        .contains("<span class=\"math\" data-display=\"true\">a_1 * b_2 \\\\ c_3 \\tag{1}</span>");
    assertThat(html).contains("<em>emphasis</em>");
  }

  @Test
  void leavesCodeAndPricesAlone() {
    String html =
        renderer.render(
            "Use `x[$i]` in code.\n\n```python\ncost = \"$5\" + \"$6\"\n```\n\nIt costs $5 and $6 today.\n");
    assertThat(html).contains("<code>x[$i]</code>");
    assertThat(html).contains("cost = &quot;$5&quot; + &quot;$6&quot;");
    assertThat(html).contains("It costs $5 and $6 today.");
    assertThat(html).doesNotContain("class=\"math\"");
  }

  @Test
  void escapesHtmlInTextAndInMaths() {
    String html = renderer.render("<script>alert(1)</script> and $a < b$\n");
    assertThat(html).doesNotContain("<script>");
    assertThat(html).contains("&lt;script&gt;");
    assertThat(html).contains("<span class=\"math\" data-display=\"false\">a &lt; b</span>");
  }

  @Test
  void rendersTables() {
    String html = renderer.render("| symbol | shape |\n|---|---|\n| $X$ | $(B, T, D)$ |\n");
    assertThat(html)
        .contains("<table>")
        .contains("<td><span class=\"math\" data-display=\"false\">X</span></td>");
  }
}
