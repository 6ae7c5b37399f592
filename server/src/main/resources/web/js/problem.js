// The problem page: statement with rendered maths, hints one level at a time, the editor with
// autosaved drafts, runs and submissions judged on the server, the report, the editorial and
// interview mode and the debugging round.
import { api, esc, clock, verdictLabel, focusScrollable } from "./api.js";
import { typeset } from "./math.js";
import { DerivationBox } from "./derivation.js";

const slug = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop());
const el = id => document.getElementById(id);
const state = { derivation: null, detail: null, language: "python", editor: null, saveTimer: null, dirty: false, busy: false, tick: null, debugId: null };

// ---------------------------------------------------------------------------------- statement

function renderMeta(d) {
  const s = d.summary;
  document.title = `Allclose · ${s.number}. ${s.title}`;
  el("meta").innerHTML = `<span class="title">${s.number}. ${esc(s.title)}</span>
    <span>${esc(s.section_title)}</span><span>${esc(s.difficulty)}</span><span>${s.minutes} min</span>
    <span class="status ${esc(s.status)}">${esc(s.status)}</span>
    <span>${esc(s.companies.join(", "))}</span>`;
}

function renderHints(d) {
  const interview = d.interview && d.interview.running;
  el("hint-list").innerHTML = interview
    ? `<p class="closed">Hints are closed during an interview session.</p>`
    : d.hints.map((h, i) => `<div class="hint" data-level="${i + 1}"><strong>Hint ${i + 1}</strong>${h}</div>`).join("");
  const next = d.hints.length + 1;
  el("hint-btn").hidden = interview || next > d.hints_total;
  el("hint-btn").textContent = `Show hint ${next} of ${d.hints_total}`;
  typeset(el("hint-list"));
  focusScrollable(el("hint-list"));
}

async function renderEditorial(d) {
  const interview = d.interview && d.interview.running;
  el("giveup-btn").hidden = interview || d.editorial_unlocked;
  el("giveup-btn").dataset.armed = "";
  el("giveup-btn").textContent = "Give up and read the editorial";
  if (interview) {
    el("editorial-body").innerHTML = `<p class="closed">The editorial is closed during an interview session.</p>`;
  } else if (d.editorial_unlocked) {
    const e = await api("GET", `/api/problems/${slug}/editorial`);
    el("editorial-body").innerHTML = e.html;
    typeset(el("editorial-body"));
    focusScrollable(el("editorial-body"));
  } else {
    el("editorial-body").innerHTML = `<p class="closed">The editorial opens once you have an accepted submission, or if you give up.</p>`;
  }
}

async function showHint() {
  const hint = await api("POST", `/api/problems/${slug}/hints`);
  state.detail.hints.push(hint.html);
  renderHints(state.detail);
}

async function giveUp() {
  const button = el("giveup-btn");
  if (!button.dataset.armed) {
    button.dataset.armed = "1";
    button.textContent = "Click again to give up and read it";
    return;
  }
  await api("POST", `/api/problems/${slug}/give-up`);
  state.detail.editorial_unlocked = true;
  await renderEditorial(state.detail);
  if (state.derivation) await state.derivation.refresh();
}

// ------------------------------------------------------------------------------------- editor

function modeOf(language) {
  return language === "java" ? "text/x-java" : "python";
}

async function loadDraft(language) {
  const draft = await api("GET", `/api/problems/${slug}/draft/${language}`);
  state.language = language;
  state.editor.setOption("mode", modeOf(language));
  state.editor.setValue(draft.source);
  state.editor.clearHistory();
  clearTimeout(state.saveTimer);
  state.dirty = false;
  el("saved").textContent = "loaded";
}

function scheduleSave() {
  clearTimeout(state.saveTimer);
  state.dirty = true;
  el("saved").textContent = "editing";
  state.saveTimer = setTimeout(saveDraft, 700);
}

// A debugging round's code is saved with its session, never over the problem's own draft.
function draftPath() {
  return state.debugId ? `/api/interviews/${state.debugId}/draft` : `/api/problems/${slug}/draft/${state.language}`;
}

async function saveDraft({ keepalive = false } = {}) {
  clearTimeout(state.saveTimer);
  state.dirty = false;
  const body = { source: state.editor.getValue() };
  try {
    await api("PUT", draftPath(), body, { keepalive });
  } catch (e) {
    state.dirty = true;
    throw e;
  }
  el("saved").textContent = `saved ${new Date().toLocaleTimeString()}`;
}

// Browsers let a request outlive its page only if it is flagged keepalive, and cap such bodies at
// 64 KiB; a larger draft is sent plainly, which still lands when the tab is only hidden.
const KEEPALIVE_BYTES = 64 * 1024;

/** Saves unsaved typing now: the page is being left, or hidden and perhaps never shown again. */
function saveBeforeLeaving() {
  if (!state.dirty) return;
  const bytes = new TextEncoder().encode(JSON.stringify({ source: state.editor.getValue() })).length;
  saveDraft({ keepalive: bytes < KEEPALIVE_BYTES }).catch(() => {});
}

// --------------------------------------------------------------------------------------- runs

async function run(mode) {
  if (state.busy) return;
  state.busy = true;
  el("run-btn").disabled = el("submit-btn").disabled = true;
  el("report").innerHTML = "";
  try {
    await saveDraft();
    let job = await api("POST", `/api/problems/${slug}/runs`, { language: state.language, source: state.editor.getValue(), mode });
    while (job.state === "queued" || job.state === "running") {
      el("run-status").textContent = job.state === "queued" ? "Waiting for the judge..."
        : job.planned_cases ? `Judging case ${Math.min(job.done_cases + 1, job.planned_cases)} of ${job.planned_cases}${job.current_case ? ": " + job.current_case : ""}...`
        : "Preparing the cases...";
      // the server answers as soon as the run moves on from this view (a long poll)
      job = await api("GET", `/api/runs/${job.id}?after=${job.version}`);
    }
    el("run-status").textContent = "";
    if (job.state === "failed") {
      el("report").innerHTML = `<p class="summary bad">${esc(job.error)}</p>`;
    } else {
      renderReport(job.report);
      if (job.report.verdict === "accepted" && mode === "submit") {
        await refresh();
      }
    }
  } catch (e) {
    el("run-status").textContent = "";
    el("report").innerHTML = `<p class="summary bad">${esc(e.message)}</p>`;
  } finally {
    state.busy = false;
    el("run-btn").disabled = el("submit-btn").disabled = false;
  }
}

function number(v) {
  if (v === null || v === undefined) return "-";
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v) && Math.abs(v) > 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) return v.toExponential(3);
  return typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : String(v);
}

function ms(v) {
  return v < 1 ? `${v.toFixed(2)} ms` : v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(2)} s`;
}

/** An element of a result as "[i, j]: expected x, got y"; a hidden case gives only the solution's value. */
function element(e) {
  const at = `[${e.index.join(", ")}]`;
  return e.expected === null ? `${at}: got ${esc(number(e.actual))}`
    : `${at}: expected ${esc(number(e.expected))}, got ${esc(number(e.actual))}`;
}

function sameIndex(a, b) {
  return a.index.join() === b.index.join();
}

/** One failing result under its own name: what differs, its worst elements and its excerpt. */
function outputDetail(o) {
  // floating results are compared with a tolerance, so their worst element is the one furthest
  // outside it; exact types (integers, booleans, strings) name their first difference instead
  const tolerant = /^(list\[)?float/.test(o.expected_type);
  const facts = [["returned", `expected ${esc(o.expected_type)} of shape ${esc(o.expected_shape)}, got ${esc(o.actual_kind ?? "nothing")}${o.actual_shape ? " of shape " + esc(o.actual_shape) : ""}`]];
  if (o.total) facts.push(["mismatched", `${o.mismatched} of ${o.total} (${(100 * o.mismatch_fraction).toFixed(1)}%)`]);
  if (o.worst) {
    facts.push([tolerant ? `worst element <span class="qualifier">(largest error relative to the tolerance)</span>` : "first difference",
      element(o.worst) + (o.worst.expected === null ? " (a hidden case shows errors, not expected values)" : "")]);
  }
  if (o.max_abs_element) {
    const same = o.worst && sameIndex(o.worst, o.max_abs_element);
    facts.push(["largest absolute error", element(o.max_abs_element) + (same ? " (the same element)" : "")]);
  }
  if (o.max_abs_error !== null) facts.push(["max abs / rel error", `${number(o.max_abs_error)} / ${number(o.max_rel_error)}`]);
  if (o.nan_count) facts.push(["NaN", `${o.nan_count} positions, first at [${o.nan_positions[0].join(", ")}]`]);
  if (o.inf_count) facts.push(["infinity", `${o.inf_count} positions, first at [${o.inf_positions[0].join(", ")}]`]);
  return `<div class="output-detail" data-output="${esc(o.name)}">
      <h3>${esc(o.name)}</h3>
      <p>${esc(o.message)}</p>
      <dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>
      ${o.excerpt ? `<pre class="block">${esc(o.excerpt)}</pre>` : ""}
    </div>`;
}

function caseDetail(c) {
  const failing = c.outputs.filter(o => !o.matched);
  const parts = [];
  // a case's message repeats its first failing result's, which its block shows under its name
  const first = failing[0];
  if (!first || (c.message !== first.message && c.message !== `${first.name}: ${first.message}`)) {
    parts.push(`<p>${esc(c.message)}</p>`);
  }
  parts.push(...failing.map(outputDetail));
  if (c.traceback) parts.push(`<pre class="block traceback">${esc(c.traceback)}</pre>`);
  return parts;
}

function renderReport(r) {
  const ok = r.verdict === "accepted";
  const rows = r.cases.map(c => {
    const cls = c.verdict === "accepted" ? "v-ok" : c.verdict === "skipped" ? "v-skip" : "v-bad";
    const detail = !["accepted", "skipped"].includes(c.verdict) ? caseDetail(c) : [];
    if (c.stdout) detail.push(`<p class="muted small">printed (${c.stdout_bytes} bytes)</p><pre class="block">${esc(c.stdout)}</pre>`);
    return `<tr class="case" data-case="${esc(c.name)}" data-verdict="${esc(c.verdict)}">
        <td class="${cls}">${esc(verdictLabel(c.verdict))}</td>
        <td>${esc(c.name)}${c.visible ? "" : ' <span class="tag">hidden</span>'}<div class="muted small">${esc(c.description)}</div></td>
        <td>${c.verdict === "skipped" ? "" : ms(c.time_ms)}</td></tr>
      ${detail.length ? `<tr class="detail"><td></td><td colspan="2"><div class="case-detail">${detail.join("")}</div></td></tr>` : ""}`;
  }).join("");
  const header = `<div class="summary ${ok ? "ok" : "bad"}" data-verdict="${esc(r.verdict)}">${esc(verdictLabel(r.verdict).toUpperCase())}
    · ${r.passed}/${r.total} cases · ${r.mode === "test" ? "samples" : "all cases"} · ${ms(r.time_ms)}</div>
    ${ok ? "" : `<p>${esc(r.message)}</p>`}
    ${r.details ? `<pre class="block">${esc(r.details)}</pre>` : ""}`;
  el("report").innerHTML = header + (r.cases.some(c => c.verdict !== "skipped")
    ? `<table class="cases"><thead><tr><th>Verdict</th><th>Case</th><th>Time</th></tr></thead><tbody>${rows}</tbody></table>` : "");
  focusScrollable(el("report"));
}

// ---------------------------------------------------------------------------------- interview

/** Puts a running debugging round's code in the editor, in the round's language. */
function enterDebug(s) {
  state.debugId = s.id;
  state.language = s.language;
  el("language").value = s.language;
  el("language").disabled = true;
  state.editor.setOption("mode", modeOf(s.language));
  state.editor.setValue(s.code ?? "");
  state.editor.clearHistory();
  clearTimeout(state.saveTimer);
  state.dirty = false;
  el("saved").textContent = "the planted code is loaded";
}

/** After a debugging round, the editor goes back to the user's own draft. */
async function leaveDebug() {
  if (state.dirty) await saveDraft().catch(() => {});
  state.debugId = null;
  el("language").disabled = false;
  await loadDraft(state.language);
}

async function renderInterview(d) {
  const s = d.interview;
  const button = el("interview-btn");
  const debug = el("debug-btn");
  clearInterval(state.tick);
  if (s && s.running && s.debug && state.debugId !== s.id) enterDebug(s);
  if (state.debugId && !(s && s.running && s.debug)) await leaveDebug();
  debug.hidden = Boolean(s && s.running) || d.debug_languages.length === 0;
  debug.textContent = `Debug a planted bug (${d.summary.minutes} min)`;
  el("debug-note").hidden = !(s && s.running && s.debug);
  if (s && s.running) {
    button.textContent = s.debug ? "End debugging round" : "End interview";
    el("timer").hidden = false;
    const deadline = Date.now() + s.remaining_ms;
    const update = () => {
      const left = deadline - Date.now();
      el("timer").textContent = clock(left);
      el("timer").classList.toggle("late", left < 5 * 60_000);
      if (left <= 0) {
        clearInterval(state.tick);
        finishInterview(s.id);
      }
    };
    update();
    state.tick = setInterval(update, 250);
  } else {
    button.textContent = `Start interview (${d.summary.minutes} min)`;
    el("timer").hidden = true;
  }
}

async function startDebug() {
  const languages = state.detail.debug_languages;
  const language = languages.includes(state.language) ? state.language : languages[0];
  await saveDraft();
  await api("POST", "/api/interviews", { problem: slug, language, debug: true });
  el("interview-summary").innerHTML = "";
  el("report").innerHTML = "";
  await refresh();
}

async function toggleInterview() {
  const s = state.detail.interview;
  if (s && s.running) {
    await finishInterview(s.id);
  } else {
    await api("POST", "/api/interviews", { problem: slug, language: state.language });
    el("interview-summary").innerHTML = "";
    await refresh();
  }
}

async function finishInterview(id) {
  if (state.dirty) await saveDraft().catch(() => {});
  const s = await api("POST", `/api/interviews/${id}/finish`);
  const planted = s.planted
    ? `<p class="planted"><strong>The planted bug</strong> <span class="muted small">(${esc(s.planted.submission)})</span>: ${esc(s.planted.description || "not described")}</p>`
    : "";
  el("interview-summary").innerHTML = `<div class="interview-summary" data-verdict="${esc(s.verdict)}">
    <strong>${s.debug ? "Debugging round" : "Interview"} over.</strong> Time used ${clock(s.time_used_ms)} of ${s.budget_minutes}:00,
    ${s.attempts} submission${s.attempts === 1 ? "" : "s"}, verdict: ${esc(verdictLabel(s.verdict))}.${planted}</div>`;
  await refresh();
}

// -------------------------------------------------------------------------------------- setup

async function refresh() {
  state.detail = await api("GET", `/api/problems/${slug}`);
  renderMeta(state.detail);
  renderHints(state.detail);
  await renderInterview(state.detail);
  await renderEditorial(state.detail);
  if (state.derivation) await state.derivation.refresh();
}

async function main() {
  await api("POST", `/api/problems/${slug}/open`);
  state.detail = await api("GET", `/api/problems/${slug}`);
  const d = state.detail;
  el("statement").innerHTML = d.statement_html;
  typeset(el("statement"));
  focusScrollable(el("statement"));
  el("language").innerHTML = d.summary.languages.map(l => `<option value="${l}">${l === "java" ? "Java" : "Python"}</option>`).join("");
  // contenteditable input puts the focusable text inside the editor's own scroller, so the keyboard
  // reaches what scrolls, and screen readers read it better than CodeMirror's hidden textarea.
  state.editor = window.CodeMirror.fromTextArea(el("editor"), {
    lineNumbers: true, indentUnit: 4, matchBrackets: true, mode: "python", inputStyle: "contenteditable",
    extraKeys: {
      "Ctrl-Enter": () => run("test"), "Cmd-Enter": () => run("test"),
      "Shift-Ctrl-Enter": () => run("submit"), "Shift-Cmd-Enter": () => run("submit"),
      Tab: cm => cm.execCommand(cm.somethingSelected() ? "indentMore" : "insertSoftTab"),
    },
  });
  const input = state.editor.getInputField();
  input.setAttribute("role", "textbox");
  input.setAttribute("aria-multiline", "true");
  input.setAttribute("aria-label", "Code editor");
  state.editor.on("change", scheduleSave);
  window.addEventListener("pagehide", saveBeforeLeaving);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") saveBeforeLeaving();
  });
  await loadDraft(d.summary.languages[0]);
  el("language").addEventListener("change", async e => { await saveDraft(); await loadDraft(e.target.value); });
  el("run-btn").addEventListener("click", () => run("test"));
  el("submit-btn").addEventListener("click", () => run("submit"));
  el("hint-btn").addEventListener("click", showHint);
  el("giveup-btn").addEventListener("click", giveUp);
  el("interview-btn").addEventListener("click", toggleInterview);
  el("debug-btn").addEventListener("click", startDebug);
  document.addEventListener("keydown", e => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && !state.editor.hasFocus()) {
      e.preventDefault();
      run(e.shiftKey ? "submit" : "test");
    }
  });
  if (d.asks_for_derivation) {
    state.derivation = new DerivationBox(slug);
    await state.derivation.start();
  }
  await refresh();
  window.addEventListener("resize", () => focusScrollable(document.querySelector("main")));
  document.body.dataset.ready = "1";
}

main().catch(e => { el("statement").innerHTML = `<p class="summary bad">${esc(e.message)}</p>`; });
