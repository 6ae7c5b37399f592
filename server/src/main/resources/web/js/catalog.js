// The catalog page: every problem grouped by section, with filters and a search box.
import { api, esc, focusScrollable } from "./api.js";

const state = { problems: [] };
const el = id => document.getElementById(id);

function matches(p) {
  const q = el("q").value.trim().toLowerCase();
  if (el("section").value && String(p.section) !== el("section").value) return false;
  if (el("difficulty").value && p.difficulty !== el("difficulty").value) return false;
  if (el("status").value && p.status !== el("status").value) return false;
  if (!q) return true;
  const text = [p.title, p.slug, String(p.number), ...p.concepts, ...p.companies].join(" ").toLowerCase();
  return q.split(/\s+/).every(word => text.includes(word));
}

function row(p) {
  const tags = p.concepts.map(c => `<span class="tag">${esc(c)}</span>`).join("")
    + p.companies.map(c => `<span class="tag company">${esc(c)}</span>`).join("");
  return `<tr data-slug="${esc(p.slug)}">
    <td class="num">${p.number}</td>
    <td><a href="/problems/${esc(p.slug)}">${esc(p.title)}</a><div class="tags">${tags}</div></td>
    <td>${esc(p.difficulty[0].toUpperCase() + p.difficulty.slice(1))}</td>
    <td class="num">${p.minutes}</td>
    <td><span class="status ${esc(p.status)}">${esc(p.status)}</span></td>
  </tr>`;
}

function render() {
  const shown = state.problems.filter(matches);
  el("count").textContent = `${shown.length} of ${state.problems.length} problems`;
  const sections = new Map();
  for (const p of shown) {
    if (!sections.has(p.section)) sections.set(p.section, { title: p.section_title, problems: [] });
    sections.get(p.section).problems.push(p);
  }
  el("sections").innerHTML = [...sections.entries()].map(([n, s]) => `
    <section aria-labelledby="section-${n}">
      <h2 class="section-title" id="section-${n}">${n}. ${esc(s.title)}</h2>
      <div class="table-wrap"><table class="problems">
        <thead><tr><th class="num">#</th><th>Problem</th><th>Difficulty</th><th class="num">Min</th><th>Status</th></tr></thead>
        <tbody>${s.problems.map(row).join("")}</tbody>
      </table></div>
    </section>`).join("") || `<p class="muted">No problem matches these filters.</p>`;
  focusScrollable(el("sections"));
}

async function main() {
  state.problems = await api("GET", "/api/problems");
  const sections = new Map(state.problems.map(p => [p.section, p.section_title]));
  el("section").insertAdjacentHTML("beforeend",
    [...sections.entries()].map(([n, t]) => `<option value="${n}">${n}. ${esc(t)}</option>`).join(""));
  for (const id of ["q", "section", "difficulty", "status"]) {
    el(id).addEventListener("input", render);
    el(id).addEventListener("change", render);
  }
  el("filters").addEventListener("submit", e => e.preventDefault());
  render();
  window.addEventListener("resize", () => focusScrollable(el("sections")));
  document.body.dataset.ready = "1";
}

main().catch(e => { el("sections").innerHTML = `<p class="summary bad">${esc(e.message)}</p>`; });
