// Inside an embedded lesson: tell the parent page how tall the content is, so its iframe can fit it.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "stepwise:height", height: height, href: location.href }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(report).observe(document.documentElement);
  document.addEventListener("htmx:afterSettle", report);
  window.addEventListener("load", report);
  report();
})();
