// The admin page: the accounts, inviting a new one (the link is shown once), the audit log.
import { api, esc } from "./api.js";

const message = document.getElementById("message");

async function load() {
  const [users, audit] = await Promise.all([api("GET", "/api/admin/users"), api("GET", "/api/admin/audit")]);
  document.querySelector("#users tbody").innerHTML = users.map(u => `<tr>
      <td>${esc(u.email)}</td><td>${esc(u.role)}</td>
      <td>${u.disabled ? "disabled" : u.invited ? "invited" : "active"}</td>
      <td>${esc(new Date(u.created_at).toLocaleDateString())}</td></tr>`).join("");
  document.querySelector("#audit tbody").innerHTML = audit.map(e => `<tr>
      <td>${esc(new Date(e.at).toLocaleString())}</td><td>${esc(e.actor)}</td><td>${esc(e.action)}</td>
      <td>${esc(e.subject)}</td><td>${esc(e.detail)}</td></tr>`).join("");
}

document.getElementById("invite").addEventListener("submit", async event => {
  event.preventDefault();
  message.textContent = "";
  try {
    const created = await api("POST", "/api/admin/users", {
      email: document.getElementById("email").value,
      role: document.getElementById("role").value,
    });
    document.getElementById("link-email").textContent = created.email;
    document.getElementById("link-expires").textContent = new Date(created.expires_at).toLocaleString();
    document.getElementById("link-text").textContent = created.link;
    document.getElementById("link").hidden = false;
    event.target.reset();
    await load();
  } catch (e) {
    message.textContent = e.message;
  }
});

load()
  .catch(e => { message.textContent = e.message; })
  .finally(() => { document.body.dataset.ready = "1"; });
