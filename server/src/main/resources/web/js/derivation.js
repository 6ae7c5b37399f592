// The derivation box of a problem that asks for one: Markdown beside a live typeset preview
// (rendered by the server's own Markdown renderer, so it looks as it will when stored), scoring
// and storing a version, and once the problem is accepted or given up, the user's derivation
// beside the model one with each key point's verdict. Unsent typing is kept in the browser.
import { api, esc, focusScrollable } from "./api.js";
import { typeset } from "./math.js";

const el = id => document.getElementById(id);
const PREVIEW_DELAY_MS = 250;

export class DerivationBox {
  constructor(slug) {
    this.slug = slug;
    this.key = `allclose.derivation.${slug}`;
    this.timer = null;
    this.previewed = null;
  }

  /** Shows the box (for a problem that asks for a derivation) and loads the stored one. */
  async start() {
    el("derivation").hidden = false;
    const text = el("derivation-text");
    text.addEventListener("input", () => {
      localStorage.setItem(this.key, text.value);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.preview(), PREVIEW_DELAY_MS);
    });
    el("derivation-btn").addEventListener("click", () => this.submit());
    const page = await api("GET", `/api/problems/${this.slug}/derivation`);
    const written = page.derivation.written;
    text.value = localStorage.getItem(this.key) ?? (written ? written.text : "");
    await this.preview();
    this.render(page);
  }

  /** Reloads the result: after an accepted submission or giving up, the model opens. */
  async refresh() {
    this.render(await api("GET", `/api/problems/${this.slug}/derivation`));
  }

  async preview() {
    const value = el("derivation-text").value;
    if (value === this.previewed) return;
    this.previewed = value;
    const target = el("derivation-preview");
    if (!value.trim()) {
      target.innerHTML = `<p class="closed">The typeset preview appears here as you type.</p>`;
      return;
    }
    try {
      const r = await api("POST", "/api/derivations/preview", { text: value });
      if (value !== el("derivation-text").value) return; // typing went on; the next preview follows
      target.innerHTML = r.html;
      typeset(target);
    } catch (e) {
      target.innerHTML = `<p class="summary bad">${esc(e.message)}</p>`;
    }
  }

  async submit() {
    const button = el("derivation-btn");
    button.disabled = true;
    el("derivation-status").textContent = "Scoring...";
    try {
      const page = await api("POST", `/api/problems/${this.slug}/derivation`, { text: el("derivation-text").value });
      localStorage.removeItem(this.key);
      el("derivation-status").textContent = `Saved (version ${page.derivation.written.versions}).`;
      this.render(page);
    } catch (e) {
      el("derivation-status").textContent = e.message;
    } finally {
      button.disabled = false;
    }
  }

  render(page) {
    const d = page.derivation;
    const w = d.written;
    el("derivation-points").textContent = d.key_points;
    el("derivation-score").textContent = w ? `score ${Math.round(100 * w.score)}%` : "not written yet";
    const parts = [];
    if (w) {
      parts.push(`<p class="derivation-summary" data-score="${w.score}">Your latest derivation covers
        <strong>${w.counts.covered}</strong> of ${d.key_points} key points, ${w.counts.partly} partly
        (score ${Math.round(100 * w.score)}%).</p>`);
    }
    if (page.model_html === null) {
      const during = state => state.includes("interview");
      parts.push(`<p class="closed">${during(d.model_closed_because)
        ? "The key points and the model derivation are closed during an interview session."
        : "The key points and the model derivation open once you have an accepted submission, or if you give up."}</p>`);
    } else {
      const coverage = w ? w.coverage : null;
      const points = page.points_html.map((html, i) => {
        const verdict = coverage ? coverage[i].verdict : null;
        const flagged = coverage ? coverage[i].flagged : null;
        const flag = flagged ? ` <span class="flagged">flagged: ${esc(flagged)}</span>` : "";
        return `<li class="${verdict ?? ""}">${verdict ? `<span class="verdict">${esc(verdict)}</span>` : ""}${html}${flag}</li>`;
      }).join("");
      parts.push(`<h3>Key points</h3><ul class="key-points">${points}</ul>
        <div class="derivation-compare">
          <div><h3>Yours</h3><div class="prose" id="derivation-yours">${page.written_html ?? `<p class="closed">You have not written one.</p>`}</div></div>
          <div><h3>Model derivation</h3><div class="prose" id="derivation-model">${page.model_html}</div></div>
        </div>`);
    }
    el("derivation-result").innerHTML = parts.join("");
    typeset(el("derivation-result"));
    focusScrollable(el("derivation"));
  }
}
