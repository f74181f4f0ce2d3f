// Optional enhancement for the municipality finder: a filter box over the table.
// The page works fully without it; the box stays hidden unless this script runs.
(function () {
  "use strict";
  var box = document.querySelector("[data-filter-for]");
  if (!box) { return; }
  var table = document.getElementById(box.getAttribute("data-filter-for"));
  var input = box.querySelector("input");
  var status = box.querySelector(".filter__status");
  if (!table || !input) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var normalise = function (text) { return text.toLocaleLowerCase().normalize("NFC").trim(); };
  box.hidden = false;
  input.addEventListener("input", function () {
    var query = normalise(input.value);
    var shown = 0;
    rows.forEach(function (row) {
      var match = query === "" || normalise(row.cells[0].textContent + " " + row.cells[1].textContent).indexOf(query) !== -1;
      row.classList.toggle("is-filtered-out", !match);
      if (match) { shown += 1; }
    });
    if (status) { status.textContent = query === "" ? "" : shown + " / " + rows.length; }
  });
}());
