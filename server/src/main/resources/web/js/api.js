// The JSON API client the pages share (see docs/api.md). Errors carry the server's one-line message.

const CSRF_COOKIE = "allclose_csrf";

/** The CSRF token of a shared server's session, which every change sends back; null elsewhere. */
function csrfToken() {
  const cookie = document.cookie.split("; ").find(c => c.startsWith(`${CSRF_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(CSRF_COOKIE.length + 1)) : null;
}

export async function api(method, path, body, { keepalive = false } = {}) {
  const options = { method, headers: {}, keepalive };
  if (method !== "GET") {
    // The server refuses a change that is not declared JSON, even one without a body (docs/api.md).
    options.headers["Content-Type"] = "application/json";
    const csrf = csrfToken();
    if (csrf) {
      options.headers["X-CSRF-Token"] = csrf;
    }
  }
  if (body !== undefined) {
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  if (response.status === 204) {
    return null;
  }
  const data = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) {
    if (response.status === 401 && csrfToken() !== null && path !== "/api/session") {
      // a shared server's session ended (signed out elsewhere, expired): sign in again
      location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    }
    throw new Error(data.error || `HTTP ${response.status}`);
  }
  return data;
}

/**
 * On a shared server, adds to the page's header who is signed in, the pages of their role and a
 * sign-out button. Nothing on the one-user server, which has no accounts.
 */
async function showAccount() {
  const nav = document.querySelector("header.top nav");
  if (!nav || csrfToken() === null) {
    return;
  }
  let me;
  try {
    me = await api("GET", "/api/session");
  } catch {
    return;
  }
  const links = [["/assignments", "Assignments"]];
  if (me.role === "coach" || me.role === "admin") links.push(["/cohorts", "Cohorts"]);
  if (me.role === "admin") links.push(["/admin", "Accounts"]);
  for (const [href, label] of links) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    if (location.pathname === href) a.setAttribute("aria-current", "page");
    nav.append(a);
  }
  const who = document.createElement("span");
  who.className = "account";
  who.innerHTML = `<span class="muted small">${esc(me.email)} · ${esc(me.role)}</span>`;
  const out = document.createElement("button");
  out.type = "button";
  out.className = "secondary small";
  out.textContent = "Sign out";
  out.addEventListener("click", async () => {
    await api("DELETE", "/api/session").catch(() => null);
    location.assign("/login");
  });
  who.append(out);
  nav.after(who);
}

showAccount();

/** Escapes text for insertion into HTML. */
export function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function minutes(ms) {
  if (ms === null || ms === undefined) return "-";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

export function clock(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

const VERDICTS = {
  accepted: "accepted", wrong_answer: "wrong answer", runtime_error: "runtime error", compile_error: "compile error",
  time_limit: "time limit exceeded", memory_limit: "memory limit exceeded", output_limit: "output limit exceeded",
  banned_call: "banned call", internal_error: "internal error", skipped: "not run", none: "no submission",
};

/** A verdict id (wrong_answer) in words (wrong answer). */
export function verdictLabel(verdict) {
  return VERDICTS[verdict] ?? String(verdict ?? "-").replaceAll("_", " ");
}

/**
 * Lets the keyboard reach what scrolls sideways inside root (a wide formula, code block or table):
 * such an element takes the focus, so that the arrow keys scroll it. Run again when sizes change.
 */
export function focusScrollable(root) {
  for (const el of root.querySelectorAll("pre, .math[data-display='true'], .table-wrap")) {
    if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) {
      el.tabIndex = 0;
    } else {
      el.removeAttribute("tabindex");
    }
  }
}
