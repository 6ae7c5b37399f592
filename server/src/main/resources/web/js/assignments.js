// A candidate's assignments: each one's problems with where they stand, its deadline, and for a
// timed assessment the Start button and then the time left on its clock.
import { api, esc, clock } from "./api.js";

const message = document.getElementById("message");
let timer = null;

function when(iso) {
  return new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

function card(x) {
  const a = x.assignment;
  const problems = x.problems.map(p => `<li><a href="/problems/${encodeURIComponent(p.problem)}">${esc(p.title)}</a>
      <span class="status ${p.solved_at ? "solved" : p.attempts ? "attempted" : "todo"}">${p.solved_at ? "solved" : p.attempts ? "attempted" : "to do"}</span></li>`).join("");
  let action = "";
  if (a.kind === "assessment") {
    action = x.started_at
      ? `<p class="timer" data-ends="${esc(x.ends_at)}"></p>`
      : `<p><button class="primary" data-start="${esc(a.id)}">Start the ${a.minutes}-minute clock</button></p>`;
  }
  return `<section class="panel"><h2>${esc(a.title)}</h2>
    <p class="muted">${esc(x.cohort)} · due ${esc(when(a.due_at))}${a.kind === "assessment" ? ` · ${a.minutes} minutes once started` : ""}</p>
    ${action}<ul>${problems}</ul></section>`;
}

function tick() {
  for (const el of document.querySelectorAll("[data-ends]")) {
    const left = new Date(el.dataset.ends) - Date.now();
    el.textContent = left > 0 ? `${clock(left)} left` : "Time is up: later submissions do not count.";
  }
}

async function show() {
  const list = await api("GET", "/api/assignments");
  document.getElementById("list").innerHTML = list.length
    ? list.map(card).join("")
    : `<p class="muted">Nothing assigned to you yet.</p>`;
  for (const button of document.querySelectorAll("[data-start]")) {
    button.addEventListener("click", async () => {
      try {
        await api("POST", `/api/assignments/${encodeURIComponent(button.dataset.start)}/start`);
        await show();
      } catch (e) {
        message.textContent = e.message;
      }
    });
  }
  tick();
  clearInterval(timer);
  timer = setInterval(tick, 1000);
}

show()
  .catch(e => { message.textContent = e.message; })
  .finally(() => { document.body.dataset.ready = "1"; });
