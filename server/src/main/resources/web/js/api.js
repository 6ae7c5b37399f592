// The JSON API client the pages share (see docs/api.md). Errors carry the server's one-line message.

export async function api(method, path, body, { keepalive = false } = {}) {
  const options = { method, headers: {}, keepalive };
  if (method !== "GET") {
    // The server refuses a change that is not declared JSON, even one without a body (docs/api.md).
    options.headers["Content-Type"] = "application/json";
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
    throw new Error(data.error || `HTTP ${response.status}`);
  }
  return data;
}

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
