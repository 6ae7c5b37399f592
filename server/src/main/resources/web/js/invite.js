// The invitation page: the token is the link's fragment (#TOKEN), which the browser never sent to
// the server; it is posted once with the chosen password.
import { api } from "./api.js";

const form = document.getElementById("choose");
const message = document.getElementById("message");
const token = location.hash.slice(1);

if (!token) {
  message.textContent = "This page needs the whole invitation link, with the part after '#'.";
  form.querySelector("button").disabled = true;
}

form.addEventListener("submit", async event => {
  event.preventDefault();
  message.textContent = "";
  const password = document.getElementById("password").value;
  if (password !== document.getElementById("again").value) {
    message.textContent = "The two passwords differ; type the same one twice.";
    return;
  }
  try {
    await api("POST", "/api/invitations", { token, password });
    history.replaceState(null, "", "/invite");
    location.assign("/");
  } catch (e) {
    message.textContent = e.message;
  }
});
document.body.dataset.ready = "1";
