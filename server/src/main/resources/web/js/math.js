// Typesets the maths the server left in elements of class "math" (a <span> inside a paragraph, a
// <div> for a display block; data-display says the mode) with KaTeX.

export function typeset(root) {
  for (const el of root.querySelectorAll(".math:not([data-done])")) {
    const tex = el.textContent;
    try {
      window.katex.render(tex, el, { displayMode: el.dataset.display === "true", throwOnError: false });
    } catch (e) {
      el.textContent = tex;
    }
    el.dataset.done = "1";
  }
}
