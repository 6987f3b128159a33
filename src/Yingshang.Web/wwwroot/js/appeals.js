// Progressive enhancement for the appeal pages: Ctrl+Enter submits the intake form.
document.addEventListener("keydown", (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.key !== "Enter") return;
  const form = event.target instanceof Element ? event.target.closest("form[data-submit-shortcut]") : null;
  if (form instanceof HTMLFormElement) { event.preventDefault(); form.requestSubmit(); }
});
