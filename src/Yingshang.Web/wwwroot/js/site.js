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

// Put the keyboard where the person's attention is after a post: on the first field in error, else on the list of
// errors, else (a step that went through) on its confirmation — never back at the top of the page.
(() => {
  const main = document.querySelector("main") ?? document.body;
  const visible = (el) => el instanceof HTMLElement && el.offsetParent !== null;
  const invalid = [...main.querySelectorAll('[aria-invalid="true"], .input-validation-error')].find(visible);
  const target = invalid
    ?? main.querySelector("[data-focus-error]")
    ?? main.querySelector(".validation-summary-errors")
    ?? (document.querySelector("[autofocus]") ? null : main.querySelector(".alert.ok[role=status]"));
  if (!(target instanceof HTMLElement)) return;
  if (!target.matches("input, select, textarea, button, a[href]")) target.tabIndex = -1;
  target.focus();
})();

// Ctrl+Enter (⌘+Enter) submits a form marked data-submit-shortcut from any of its fields, textareas included.
document.addEventListener("keydown", (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.key !== "Enter") return;
  const form = event.target instanceof Element ? event.target.closest("form[data-submit-shortcut]") : null;
  if (form instanceof HTMLFormElement) { event.preventDefault(); form.requestSubmit(); }
});

// A multi-select with data-clear gets a button of that name that unselects everything: with the keyboard alone the
// last selected option of a list box cannot be unselected. data-not-same="<id>" disables here the option chosen in
// that other select (the lead department cannot also co-handle).
document.querySelectorAll("select[multiple][data-clear]").forEach((select) => {
  const clear = document.createElement("button");
  clear.type = "button";
  clear.className = "secondary";
  clear.textContent = select.dataset.clear;
  clear.addEventListener("click", () => { for (const o of select.options) o.selected = false; select.focus(); });
  select.insertAdjacentElement("afterend", clear);
  const other = select.dataset.notSame ? document.getElementById(select.dataset.notSame) : null;
  if (!(other instanceof HTMLSelectElement)) return;
  const sync = () => { for (const o of select.options) { o.disabled = o.value === other.value; if (o.disabled) o.selected = false; } };
  other.addEventListener("change", sync);
  sync();
});

// A long select marked data-filter="<label>" gets a search box before it: department names are Chinese, so typing
// letters into the list cannot jump to one. Words separated by spaces must all appear in the option or its group
// ("东城 市场"); a selected option stays in view. Enter in the box picks the first match of a single select, ↓ moves
// into the list.
document.querySelectorAll("select[data-filter]").forEach((select) => {
  const box = document.createElement("input");
  box.type = "search";
  box.className = "select-filter";
  box.placeholder = "输入名称筛选，如“东城 市场”";
  box.setAttribute("aria-label", select.dataset.filter ?? "筛选");
  box.setAttribute("aria-controls", select.id);
  const status = document.createElement("span");
  status.className = "hint";
  status.setAttribute("aria-live", "polite");   // not role=status: that is the page's confirmation
  const words = () => box.value.trim().split(/\s+/).filter((w) => w.length > 0);
  const group = (o) => (o.parentElement instanceof HTMLOptGroupElement ? o.parentElement.label : "");
  const matching = (ws) => [...select.options].filter((o) => o.value !== "" && ws.every((w) => `${group(o)} ${o.text}`.includes(w)));
  box.addEventListener("input", () => {
    const ws = words();
    const shown = new Set(matching(ws));
    for (const o of select.options) o.hidden = o.value !== "" && !o.selected && !shown.has(o);
    for (const g of select.querySelectorAll("optgroup")) g.hidden = [...g.children].every((o) => o instanceof HTMLOptionElement && o.hidden);
    status.textContent = ws.length ? `匹配 ${shown.size} 项` : "";
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !(event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      const [first] = matching(words());
      if (first && !select.multiple) {
        select.value = first.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
      select.focus();
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      select.focus();
    }
  });
  select.insertAdjacentElement("beforebegin", box);
  box.insertAdjacentElement("afterend", status);
});
