package dev.allclose.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementRendererTest {
  private final StatementRenderer renderer = new StatementRenderer();

  private static String inline(String tex) {
    return "<span class=\"math\" data-display=\"false\">" + tex + "</span>";
  }

  @Test
  void mathsAfterAFencedCodeBlockIsStillMaths() {
    String html =
        renderer.render(
            "Before $a_1$.\n\n```python\nx = 1\n```\n\nBetween $b_2$ and `code`.\n\n"
                + "```java\ny = \"$c$\";\n```\n\nAfter $d_3$ and *emphasis*.\n");
    assertThat(html)
        .contains(inline("a_1"), inline("b_2"), inline("d_3"))
        .contains("<code>code</code>", "<em>emphasis</em>")
        .contains("y = &quot;$c$&quot;")
        .doesNotContain(inline("c"));
  }

  @Test
  void inlineMathsMayRunOverALineBreak() {
    String html =
        renderer.render("is still zero with probability $(1 - 1/m)^{kn} \\approx\ne^{-kn/m}$. A\n");
    assertThat(html).contains(inline("(1 - 1/m)^{kn} \\approx\ne^{-kn/m}"));
  }

  @Test
  void aStarInMathsIsNotEmphasis() {
    String html =
        renderer.render(
            "```python\nm = 1\n```\n\n```java\nint m = 1;\n```\n\n- **Sizes**: within 5% of $m^*$ of (3), and $k^*$ of (2).\n"
                + "- $\\log_2$ is *not* $\\ln$: $m^* = n k^* / \\ln 2$.\n");
    assertThat(html)
        .contains(inline("m^*"), inline("k^*"), inline("m^* = n k^* / \\ln 2"))
        .contains("<strong>Sizes</strong>", "<em>not</em>");
  }

  @Test
  void displayMathsMayStandBetweenLinesOfDollarsAndHoldListLikeLines() {
    String html =
        renderer.render(
            "Then\n\n$$\n\\begin{aligned}\na &= b \\\\\n- c &= d\n\\end{aligned}\n$$\n\nend\n");
    assertThat(html)
        .contains(
            "<div class=\"math\" data-display=\"true\">\\begin{aligned}\na &amp;= b \\\\\n- c &amp;= d\n\\end{aligned}</div>")
        .doesNotContain("<li>");
  }

  @Test
  void displayMathsMayOpenABlockAndRunOverLinesThatLookLikeAList() {
    String html =
        renderer.render(
            "so that\n\n$$\\tilde\\mu_t = a\\, x_0\n + b\\, x_t. \\tag{5}$$\n\nand $c$\n");
    assertThat(html)
        .contains(
            "<div class=\"math\" data-display=\"true\">\\tilde\\mu_t = a\\, x_0\n + b\\, x_t. \\tag{5}</div>")
        .contains(inline("c"))
        .doesNotContain("<li>");
  }

  @Test
  void anEscapedDollarIsTextAndDollarsInsideMathsStayEscaped() {
    String html = renderer.render("It costs \\$5, and $x = \\$3$ is maths; $$$ is not.\n");
    assertThat(html).contains("It costs $5, and " + inline("x = \\$3") + " is maths; $$$ is not.");
  }

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
    String html = renderer.render("Text <script>alert(1)</script> and $a < b$\n");
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
