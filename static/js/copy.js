// "Copy embed code": keeps the snippet in step with the current URL and copies it to the clipboard.
(function () {
  // url: the path and query pushed (site.js puts it in the address bar a frame later), else the page's.
  function update(box, url) {
    var area = box.querySelector("textarea");
    var origin = box.getAttribute("data-origin");
    var base = box.getAttribute("data-base");
    var path = url || location.pathname + location.search;
    if (path.indexOf(base) === 0) path = path.slice(base.length);
    var src = origin + base + "/embed" + path;
    area.value = area.value.replace(/src="[^"]*"/, 'src="' + src.replace(/&/g, "&amp;") + '"');
  }
  // Loaded when the box is first opened (site.js).
  var box = document.querySelector("[data-embed-code]");
  if (!box) return;
  var button = box.querySelector("button");
  var status = box.querySelector("[role=status]");
  button.hidden = false;
  button.addEventListener("click", function () {
    update(box);
    var area = box.querySelector("textarea");
    area.select();
    var done = function () { status.textContent = "Copied."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });
  // A step pushes a new URL: the snippet follows it when it can be seen (setting the text of the
  // closed box would cost each step a little), and when it is opened.
  document.addEventListener("htmx:pushedIntoHistory", function (event) {
    if (box.open) update(box, event.detail.path);
    if (status.textContent) status.textContent = "";
  });
  box.addEventListener("toggle", function () { if (box.open) update(box); });
  if (box.open) update(box);
})();
