// The dashboard works without this file; it only saves a click: choosing a value in a
// filter's drop-down submits the form.
document.addEventListener("change", (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.classList.contains("autosubmit") && target.form) {
    target.form.submit();
  }
});

// Pages that carry data-live (the overview, the alerts page) listen to the server's events
// (GET /api/stream) while `flashpoint watch` runs beside `serve`, and say what changed.
const live = document.body.dataset.live;
if (live !== undefined && "EventSource" in window) {
  const source = new EventSource("/api/stream" + (live ? "?after=" + encodeURIComponent(live) : ""));
  let first = null;
  let fresh = 0;
  const show = (text) => {
    let bar = document.getElementById("live");
    if (!bar) {
      bar = document.createElement("p");
      bar.id = "live";
      bar.className = "live";
      bar.setAttribute("role", "status");
      document.querySelector("main").prepend(bar);
    }
    bar.textContent = text + " ";
    const reload = document.createElement("a");
    reload.href = window.location.href;
    reload.textContent = "Reload";
    bar.append(reload);
  };
  source.addEventListener("alert", (event) => {
    fresh += 1;
    const alert = JSON.parse(event.data);
    show(`${fresh} new alert${fresh > 1 ? "s" : ""}, the latest: ${alert.title} (${alert.rule}).`);
  });
  source.addEventListener("store", (event) => {
    const counts = JSON.parse(event.data);
    if (first === null) {
      first = counts;
    } else if (!fresh && counts.documents !== first.documents) {
      show(`${counts.documents - first.documents} new document(s) stored since this page loaded.`);
    }
  });
}
