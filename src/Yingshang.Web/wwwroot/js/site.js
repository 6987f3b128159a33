// Progressive enhancement only: every page works without this file.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const message = form.dataset.confirm;
  if (message && !window.confirm(message)) { event.preventDefault(); return; }
  // A second click must not submit twice.
  if (form.dataset.submitted === "true") { event.preventDefault(); return; }
  form.dataset.submitted = "true";
  setTimeout(() => { form.dataset.submitted = "false"; }, 8000);
});
