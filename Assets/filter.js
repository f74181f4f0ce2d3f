// Optional filter over the municipality finder's table and the search page's index. Both pages work fully
// without it; the box stays hidden unless this script runs. Names match with and without diacritics (Hämeenlinna,
// hameenlinna), and a query sent from the header's search box (?q=) is filled in. No network requests.
(function () {
  "use strict";
  var box = document.querySelector("[data-filter-for]");
  if (!box) { return; }
  var target = document.getElementById(box.getAttribute("data-filter-for"));
  var input = box.querySelector("input");
  var status = box.querySelector(".filter__status");
  if (!target || !input) { return; }
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  };
  // Table rows match on their names (the first two cells); list items on their whole text.
  var items = Array.prototype.map.call(target.querySelectorAll("tbody tr, li"), function (element) {
    var text = element.cells ? element.cells[0].textContent + " " + element.cells[1].textContent : element.textContent;
    return { element: element, text: fold(text) };
  });
  var groups = target.querySelectorAll("[data-filter-group]");
  var apply = function () {
    var query = fold(input.value);
    var shown = 0;
    items.forEach(function (item) {
      var match = query === "" || item.text.indexOf(query) !== -1;
      item.element.classList.toggle("is-filtered-out", !match);
      if (match) { shown += 1; }
    });
    // A section whose every entry is filtered out goes too, heading and all.
    Array.prototype.forEach.call(groups, function (group) {
      group.classList.toggle("is-filtered-out", !group.querySelector("li:not(.is-filtered-out)"));
    });
    if (status) { status.textContent = query === "" ? "" : shown + " / " + items.length; }
  };
  box.hidden = false;
  input.addEventListener("input", apply);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    apply();
  }
}());
