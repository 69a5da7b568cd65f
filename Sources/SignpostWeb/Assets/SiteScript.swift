/// The only script, and only an enhancement: every page works without it. Quick exit replaces
/// this page in the history (and Escape three times does the same); the print button appears.
public enum SiteScript {
    public static let js = """
    (function () {
      "use strict";
      function leave(exit) { document.body.innerHTML = ""; window.location.replace(exit.href); }
      document.addEventListener("DOMContentLoaded", function () {
        var exit = document.getElementById("quick-exit");
        if (exit) {
          exit.addEventListener("click", function (event) { event.preventDefault(); leave(exit); });
          var presses = 0, timer = null;
          document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") { return; }
            presses += 1;
            clearTimeout(timer);
            timer = setTimeout(function () { presses = 0; }, 1500);
            if (presses >= 3) { leave(exit); }
          });
        }
        var print = document.getElementById("print-button");
        if (print) {
          print.hidden = false;
          print.addEventListener("click", function () { window.print(); });
        }
      });
    })();
    """
}
