// The progress page: charts, the tracker table with editable notes, and interview sessions.
import { api, esc, minutes, clock, verdictLabel, focusScrollable } from "./api.js";

const el = id => document.getElementById(id);

function chart(id, type, labels, datasets, options = {}) {
  return new window.Chart(el(id), {
    type,
    data: { labels, datasets },
    options: { responsive: true, animation: false, plugins: { legend: { position: "bottom" } }, ...options },
  });
}

function counts(id, rows) {
  chart(id, "bar", rows.map(r => r.label), [
    { label: "solved", data: rows.map(r => r.solved), backgroundColor: "#1f7a45" },
    { label: "left", data: rows.map(r => r.total - r.solved), backgroundColor: "#d9dee7" },
  ], { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } });
}

function trackerRow(r) {
  return `<tr data-slug="${esc(r.slug)}">
    <td>${r.number}</td>
    <td><a href="/problems/${esc(r.slug)}">${esc(r.title)}</a></td>
    <td><span class="status ${esc(r.status)}">${esc(r.status)}</span></td>
    <td>${r.first_solved ? esc(r.first_solved.slice(0, 10)) : "-"}</td>
    <td>${r.attempts}</td>
    <td>${minutes(r.time_ms)}</td>
    <td>${r.derivation_score === null || r.derivation_score === undefined ? "" : `${Math.round(100 * r.derivation_score)}%`}</td>
    <td><input class="note" aria-label="Note for ${esc(r.title)}" value="${esc(r.note ?? "")}" data-saved="${esc(r.note ?? "")}"></td>
  </tr>`;
}

function interviewRow(s) {
  const title = s.title;
  return `<tr data-slug="${esc(s.problem)}"><td><a href="/problems/${esc(s.problem)}">${esc(title)}</a></td>
    <td>${s.debug ? "debugging" : "interview"}</td>
    <td>${esc(s.started_at.slice(0, 16).replace("T", " "))}</td>
    <td>${clock(s.time_used_ms)} of ${s.budget_minutes}:00</td><td>${s.attempts}</td>
    <td>${esc(s.running ? "running" : verdictLabel(s.verdict))}</td></tr>`;
}

async function saveNote(input) {
  const slug = input.closest("tr").dataset.slug;
  if (input.value === input.dataset.saved) return;
  await api("PUT", `/api/progress/${slug}/note`, { text: input.value });
  input.dataset.saved = input.value;
  input.title = "saved";
}

async function main() {
  const p = await api("GET", "/api/progress");
  const solved = p.rows.filter(r => r.status === "solved").length;
  el("headline").textContent = `${solved} of ${p.rows.length} problems solved; ${p.rows.filter(r => r.status === "attempted").length} attempted.`;
  counts("chart-section", p.by_section);
  counts("chart-difficulty", p.by_difficulty);
  chart("chart-time", "bar", p.time_per_problem.map(t => t.title), [
    { label: "time to solve", data: p.time_per_problem.map(t => t.time_ms / 60000), backgroundColor: "#2b59c3" },
    { label: "budget", data: p.time_per_problem.map(t => t.budget_ms / 60000), backgroundColor: "#d9dee7" },
  ], { scales: { y: { beginAtZero: true } } });
  chart("chart-activity", "bar", p.activity.map(d => d.date.slice(5)), [
    { label: "submissions", data: p.activity.map(d => d.submissions), backgroundColor: "#8a5a00" },
  ], { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
  el("tracker").querySelector("tbody").innerHTML = p.rows.map(trackerRow).join("");
  for (const input of document.querySelectorAll("input.note")) {
    input.addEventListener("change", () => saveNote(input));
    input.addEventListener("keydown", e => { if (e.key === "Enter") saveNote(input); });
  }
  el("interviews").innerHTML = p.interviews.length
    ? `<div class="table-wrap"><table class="tracker" id="interview-table"><thead><tr><th>Problem</th><th>Round</th><th>Started</th><th>Time used</th><th>Attempts</th><th>Verdict</th></tr></thead><tbody>
        ${p.interviews.map(interviewRow).join("")}
      </tbody></table></div>`
    : `<p class="muted">No timed rounds yet: start an interview or a debugging round from a problem page.</p>`;
  focusScrollable(el("progress"));
  window.addEventListener("resize", () => focusScrollable(el("progress")));
  document.body.dataset.ready = "1";
}

main().catch(e => { el("headline").innerHTML = `<span class="summary bad">${esc(e.message)}</span>`; });
