// Runs before first paint (inline in <head>): mark that scripts run, and apply a saved light/dark choice.
document.documentElement.classList.add("js");
try {
  var t = localStorage.getItem("theme");
  if (t === "light" || t === "dark") document.documentElement.dataset.theme = t;
} catch (e) {}
