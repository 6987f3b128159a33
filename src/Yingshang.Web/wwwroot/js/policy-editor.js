// Progressive enhancement for the policy form: checks each rule and amount formula as it is typed
// (POST /api/v1/policies/rules/check) and shows the errors at their position, as the server does on save.
(() => {
  const delay = 400;

  // Same as RuleEditorView.Caret: an ideographic space under each wide character, then a caret.
  const caret = (text, position) => {
    let line = "";
    for (const c of text.slice(0, Math.max(0, Math.min(position, text.length)))) {
      line += c.codePointAt(0) > 0x2e7f ? "\u3000" : c === "\t" ? "\t" : " ";
    }
    return line + "^";
  };

  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const render = (output, label, text, result) => {
    output.replaceChildren();
    if (result.valid) {
      output.append(element("p", "hint", `${label}校验通过`));
      return;
    }
    const alert = element("div", "alert bad");
    alert.append(element("p", "", `${label} 有 ${result.errors.length} 处错误：`));
    for (const e of result.errors) {
      const pre = element("pre", "rule-caret", `${text}\n${caret(text, e.position)}`);
      pre.setAttribute("aria-hidden", "true");
      const message = element("p", "", `第 ${e.position + 1} 个字符处：${e.message} `);
      const english = element("span", "hint", `(${e.messageEn})`);
      english.lang = "en";
      message.append(english);
      alert.append(pre, message);
    }
    output.append(alert);
  };

  const updateTestLink = (field) => {
    const link = document.getElementById(field.dataset.testLink || "");
    const fieldset = field.closest("fieldset");
    if (!(link instanceof HTMLAnchorElement) || !fieldset) return;
    const rule = fieldset.querySelector("[data-rule-check='rule']");
    const amount = fieldset.querySelector("[data-rule-check='amount']");
    const url = new URL(link.href, window.location.href);
    url.searchParams.set("rule", rule ? rule.value : "");
    url.searchParams.set("amount", amount ? amount.value : "");
    link.href = url.toString();
  };

  const check = async (field) => {
    const output = document.getElementById(field.dataset.checkOutput || "");
    if (!output) return;
    const kind = field.dataset.ruleCheck;
    const text = field.value;
    if (kind === "amount" && text.trim() === "") { output.replaceChildren(); return; }
    try {
      const response = await fetch("/api/v1/policies/rules/check", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(kind === "amount" ? { amount: text } : { rule: text }),
      });
      if (!response.ok || field.value !== text) return; // a newer keystroke will be checked again
      render(output, kind === "amount" ? "金额公式" : "条件", text, await response.json());
    } catch {
      // Offline or signed out: the server checks every rule again on save.
    }
  };

  const timers = new WeakMap();
  document.addEventListener("input", (event) => {
    const field = event.target;
    if (!(field instanceof HTMLElement) || !field.dataset.ruleCheck) return;
    updateTestLink(field);
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(() => check(field), delay));
  });
})();
