// Accord's only script: progressive enhancements. Every page works without it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Move focus to the error summary so screen-reader users hear what went wrong.
    var summary = document.querySelector("[data-focus-on-load]");
    if (summary) { summary.focus(); }
    // "Copy" buttons for one-time secrets.
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (!target || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(target.value).then(function () {
          button.textContent = button.getAttribute("data-copied");
        });
      });
    });
  });
})();
