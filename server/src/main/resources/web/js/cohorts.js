// A coach's cohorts: the list and a new one; one cohort's people, a new assignment and the
// dashboard of every candidate's work on every assignment (?id=COHORT).
import { api, esc, minutes } from "./api.js";

const message = document.getElementById("message");
const id = new URLSearchParams(location.search).get("id");

function when(iso) {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }) : "";
}

async function showList() {
  const cohorts = await api("GET", "/api/cohorts");
  document.getElementById("cohort-list").innerHTML = cohorts.length
    ? cohorts.map(c => `<li><a href="/cohorts?id=${encodeURIComponent(c.id)}">${esc(c.name)}</a>
        <span class="muted small">since ${esc(when(c.created_at))}</span></li>`).join("")
    : `<li class="muted">No cohort yet.</li>`;
}

function cell(c) {
  if (c.solved_at) {
    return `<td class="v-ok">solved ${esc(when(c.solved_at))}<br><span class="small">${c.attempts} attempt${c.attempts === 1 ? "" : "s"}`
      + `${c.time_ms != null ? " · " + esc(minutes(c.time_ms)) : ""}`
      + `${c.derivation_score != null ? " · derivation " + Math.round(c.derivation_score * 100) + "%" : ""}</span></td>`;
  }
  const label = c.attempts ? `${c.attempts} attempt${c.attempts === 1 ? "" : "s"}` : "not attempted";
  return `<td class="${c.attempts ? "v-bad" : "v-skip"}">${label}</td>`;
}

function assignmentTable(row) {
  const a = row.assignment;
  const head = a.problems.map(p => `<th scope="col">${esc(p)}</th>`).join("");
  const clock = a.kind === "assessment" ? ` · ${a.minutes} min clock` : "";
  const body = row.members.length
    ? row.members.map(m => `<tr><th scope="row">${esc(m.email)}`
        + `${m.started_at ? `<br><span class="small muted">started ${esc(when(m.started_at))}</span>` : ""}</th>`
        + `<td class="num">${m.solved}/${a.problems.length}</td>${m.problems.map(cell).join("")}</tr>`).join("")
    : `<tr><td colspan="${a.problems.length + 2}" class="muted">No candidate in this cohort yet.</td></tr>`;
  return `<h3>${esc(a.title)} <span class="muted small">due ${esc(when(a.due_at))}${clock}</span></h3>
    <div class="table-wrap"><table class="cases"><thead><tr><th scope="col">Candidate</th><th scope="col">Solved</th>${head}</tr></thead>
    <tbody>${body}</tbody></table></div>`;
}

async function showCohort() {
  document.getElementById("list-view").hidden = true;
  document.getElementById("cohort-view").hidden = false;
  const d = await api("GET", `/api/cohorts/${encodeURIComponent(id)}`);
  document.getElementById("cohort-title").textContent = d.cohort.name;
  document.getElementById("people").textContent =
    `Coaches: ${d.coaches.join(", ")}. Candidates: ${d.members.length ? d.members.join(", ") : "none yet"}.`;
  document.getElementById("csv").href = `/api/cohorts/${encodeURIComponent(id)}/dashboard.csv`;
  document.getElementById("dashboard").innerHTML = d.assignments.length
    ? d.assignments.map(assignmentTable).join("")
    : `<p class="muted">Nothing assigned yet.</p>`;
}

async function act(work) {
  message.textContent = "";
  try {
    await work();
    await (id ? showCohort() : showList());
  } catch (e) {
    message.textContent = e.message;
  }
}

document.getElementById("new-cohort").addEventListener("submit", event => {
  event.preventDefault();
  act(async () => {
    const c = await api("POST", "/api/cohorts", { name: document.getElementById("cohort-name").value });
    location.assign(`/cohorts?id=${encodeURIComponent(c.id)}`);
  });
});

document.getElementById("add-member").addEventListener("submit", event => {
  event.preventDefault();
  act(async () => {
    await api("POST", `/api/cohorts/${encodeURIComponent(id)}/members`,
      { email: document.getElementById("member-email").value });
    event.target.reset();
  });
});

document.getElementById("kind").addEventListener("change", event => {
  document.getElementById("minutes-label").hidden = event.target.value !== "assessment";
});

document.getElementById("assign").addEventListener("submit", event => {
  event.preventDefault();
  act(async () => {
    const kind = document.getElementById("kind").value;
    await api("POST", `/api/cohorts/${encodeURIComponent(id)}/assignments`, {
      title: document.getElementById("title").value,
      kind,
      due_at: new Date(document.getElementById("due").value).toISOString(),
      minutes: kind === "assessment" ? Number(document.getElementById("minutes").value) : null,
      problems: document.getElementById("problems").value.split(",").map(p => p.trim()).filter(Boolean),
    });
    event.target.reset();
  });
});

(id ? showCohort() : showList())
  .catch(e => { message.textContent = e.message; })
  .finally(() => { document.body.dataset.ready = "1"; });
