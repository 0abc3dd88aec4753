// The dashboard works without this file; it only saves a click: choosing a value in a
// filter's drop-down submits the form.
document.addEventListener("change", (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.classList.contains("autosubmit") && target.form) {
    target.form.submit();
  }
});
