// The sign-in page of a shared server: posts the email and password, then goes where the user
// was headed (?next=, a path of this site only).
import { api } from "./api.js";

const form = document.getElementById("sign-in");
const message = document.getElementById("message");

function destination() {
  const next = new URLSearchParams(location.search).get("next") || "/";
  // only a path of this server: "//host" or "/\host" would leave it
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

form.addEventListener("submit", async event => {
  event.preventDefault();
  message.textContent = "";
  try {
    await api("POST", "/api/session", {
      email: document.getElementById("email").value,
      password: document.getElementById("password").value,
    });
    location.assign(destination());
  } catch (e) {
    message.textContent = e.message;
  }
});
document.body.dataset.ready = "1";
