// Progressive enhancement of the enterprise import page: upload with XHR so a <progress> bar can show the upload,
// then swap in the server-rendered result. Without this file the form posts normally and the page shows the result.
(() => {
  const form = document.getElementById("import-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  const progress = document.getElementById("import-progress");
  const status = document.getElementById("import-status");
  const submit = document.getElementById("import-submit");
  const result = document.getElementById("import-result");
  const maxBytes = Number(form.dataset.maxBytes);
  const megabytes = (bytes) => (bytes / 1048576).toFixed(1) + " MB";

  const finish = (message) => {
    status.textContent = message;
    progress.hidden = true;
    submit.disabled = false;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // This handler owns the submission; the generic double-submit guard in site.js must not see it.
    event.stopPropagation();
    const file = form.querySelector("input[type=file]").files[0];
    if (!file) { finish("请选择要导入的 CSV 或 XLSX 文件。"); return; }
    if (maxBytes && file.size > maxBytes) {
      finish(`文件大小 ${megabytes(file.size)}，超过上限 ${megabytes(maxBytes)}，请拆分后分批导入。`);
      return;
    }

    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    xhr.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      progress.max = e.total;
      progress.value = e.loaded;
      status.textContent = `正在上传… ${Math.round((e.loaded * 100) / e.total)}%`;
    });
    xhr.upload.addEventListener("load", () => {
      progress.removeAttribute("value"); // indeterminate while the server checks and stores the rows
      status.textContent = "上传完成，正在校验并导入…";
    });
    xhr.addEventListener("load", () => {
      if (xhr.status === 200) {
        result.innerHTML = xhr.responseText;
        finish("处理完成。");
        result.focus();
      } else if (xhr.status === 413) {
        finish("文件过大，服务器拒绝接收，请拆分后分批导入。");
      } else {
        finish(`导入失败（HTTP ${xhr.status}），请刷新页面后重试。`);
      }
    });
    xhr.addEventListener("error", () => finish("网络错误，导入未完成，请重试。"));

    submit.disabled = true;
    progress.hidden = false;
    progress.max = 100;
    progress.value = 0;
    status.textContent = "正在上传…";
    xhr.send(new FormData(form));
  });
})();
