// Progressive enhancements only: every page works without this file.
// Reveals "Print this page" buttons, which need JavaScript to work.
(function () {
  "use strict";
  function enhance() {
    var actions = document.querySelectorAll("[data-print-action]");
    for (var i = 0; i < actions.length; i++) {
      var button = actions[i].querySelector("button");
      if (!button) continue;
      button.addEventListener("click", function () {
        window.print();
      });
      actions[i].hidden = false;
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
