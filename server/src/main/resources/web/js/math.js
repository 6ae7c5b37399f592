// Typesets the maths the server left in <span class="math" data-display="..."> with KaTeX.

export function typeset(root) {
  for (const el of root.querySelectorAll("span.math:not([data-done])")) {
    const tex = el.textContent;
    try {
      window.katex.render(tex, el, { displayMode: el.dataset.display === "true", throwOnError: false });
    } catch (e) {
      el.textContent = tex;
    }
    el.dataset.done = "1";
  }
}
