// Progress of a running match run: polls the run's API and updates the bar; reloads the page when it has finished.
// Without this file the page shows the state when it was loaded and a "刷新" link.
(() => {
  const bar = document.getElementById("run-progress");
  const url = bar && bar.dataset.poll;
  if (!url || !window.fetch) return;
  const text = document.getElementById("run-progress-text");
  const status = document.getElementById("run-status");
  const titles = { queued: "排队中", running: "运行中", completed: "已完成", failed: "失败" };
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!response.ok) return;
      const run = await response.json();
      bar.value = run.progress;
      text.textContent = `${run.processed.toLocaleString("zh-CN")} / ${run.total.toLocaleString("zh-CN")}（${Math.floor(run.progress * 100)}%）`;
      status.textContent = titles[run.status] || run.status;
      if (run.status === "completed" || run.status === "failed") { window.location.reload(); return; }
    } catch {
      // A failed poll is retried at the next tick; the 刷新 link still works.
    }
    setTimeout(poll, 2000);
  };
  setTimeout(poll, 1000);
})();
