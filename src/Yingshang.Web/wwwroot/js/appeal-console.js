// Progressive enhancement of the operator console: the assistance panel follows what the operator types.
// Without this file the 查找 button posts the form and the page comes back with the same panel.
(() => {
  const form = document.querySelector("form[data-assist]");
  const panel = document.getElementById("console-assist");
  if (!(form instanceof HTMLFormElement) || !panel) return;
  const button = form.querySelector("[data-assist-button]");
  if (button instanceof HTMLElement) { button.hidden = true; button.style.display = "none"; }

  const field = (name) => form.elements.namedItem(name);
  const value = (name) => { const f = field(name); return f && "value" in f ? f.value.trim() : ""; };
  let timer = 0;
  let pending = null;
  let last = "";

  async function refresh() {
    const params = new URLSearchParams({ text: value("Text"), phone: value("RequesterPhone"), county: value("County") });
    const key = params.toString();
    if (key === last) return;
    last = key;
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(`${form.dataset.assist}&${key}`, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } });
      if (!response.ok) return;
      const html = await response.text();
      // Keep the operator's place: do not replace the panel while focus is inside it.
      if (panel.contains(document.activeElement)) { last = ""; return; }
      panel.innerHTML = html;
    } catch (e) {
      if (!(e instanceof DOMException && e.name === "AbortError")) last = "";
    }
  }

  // 采用建议: fill 诉求类型 and 诉求分类 from the suggestion; the operator still sees and can change both.
  const showApply = () => panel.querySelectorAll("[data-apply]").forEach((b) => { b.hidden = false; });
  panel.addEventListener("click", (e) => {
    const b = e.target instanceof Element ? e.target.closest("[data-apply]") : null;
    if (!(b instanceof HTMLElement)) return;
    const applied = [];
    const type = field("Type");
    if (b.dataset.applyType && type instanceof HTMLSelectElement && [...type.options].some((o) => o.value === b.dataset.applyType)) {
      type.value = b.dataset.applyType;
      applied.push(`类型 ${b.dataset.applyType}`);
    }
    const category = field("Category");
    if (b.dataset.applyCategory && category instanceof HTMLInputElement) {
      category.value = b.dataset.applyCategory;
      applied.push(`分类 ${b.dataset.applyCategory}`);
    }
    const status = b.parentElement?.querySelector("[data-apply-status]");
    if (status) status.textContent = applied.length ? `已采用：${applied.join("，")}` : "";
  });
  new MutationObserver(showApply).observe(panel, { childList: true });
  showApply();

  // Enter in a one-line field moves on to the next field, as in the call's order; only Ctrl+Enter (or the 受理 button)
  // receives the call, so an Enter typed too early never sends half a call.
  form.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.key !== "Enter" || e.ctrlKey || e.metaKey || e.shiftKey || e.isComposing) return;
    if (!(t instanceof HTMLInputElement || t instanceof HTMLSelectElement) || t.type === "submit" || t.type === "button") return;
    e.preventDefault();
    const fields = [...form.elements].filter((f) => f instanceof HTMLElement && !f.disabled && f.type !== "hidden" && f.offsetParent !== null
      && (f instanceof HTMLInputElement || f instanceof HTMLSelectElement || f instanceof HTMLTextAreaElement));
    const next = fields[fields.indexOf(t) + 1];
    if (next instanceof HTMLElement) next.focus();
  });

  const later = () => { clearTimeout(timer); timer = setTimeout(refresh, 400); };
  for (const name of ["Text", "RequesterPhone"]) field(name)?.addEventListener("input", later);
  field("County")?.addEventListener("change", later);
  if (value("Text") || value("RequesterPhone")) later();
})();
