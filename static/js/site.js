// Every page: hovering a rounded number shows all its digits (the value of <data> in text and
// tables, data-full of <mn> in formulas: MathML has no title tooltip); focus after an htmx swap.

// htmx's settings, once here rather than in a <meta> on every page (htmx reads them at DOMContentLoaded,
// after this deferred script). No snapshots for Back (with hx-history="false": htmx fetches the cached
// page; cloning cost frames), no settle delay (nothing animates), no scroll when a step link is boosted,
// and the URL pushed by the code below instead of by htmx.
Object.assign(htmx.config, {
  includeIndicatorStyles: false,
  allowEval: false,
  historyCacheSize: 0,
  historyEnabled: false,
  defaultSettleDelay: 0,
  scrollIntoViewOnBoost: false,
  responseHandling: [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "[45]..", swap: true, error: true },
  ],
});
// A step's URL goes into the browser's history once the step is painted. htmx would push it before
// the swap, with a replaceState of the entry before: 7–17 ms of a step in Chromium, spent before the
// step could be seen. With historyEnabled off, htmx leaves both to this code; it still says what it
// would push, and still answers Back (for entries marked as its own) by fetching the page. (No page
// asks htmx to replace a URL: neither hx-replace-url nor HX-Replace-Url is used.)
document.addEventListener("htmx:pushedIntoHistory", function (event) {
  var path = event.detail.path;
  requestAnimationFrame(function () {
    setTimeout(function () {
      if (!history.state || !history.state.htmx) history.replaceState({ htmx: true }, "", location.href);
      history.pushState({ htmx: true }, "", path);
    });
  });
});
(function () {
  var tip;
  function number(event) {
    return event.target.closest ? event.target.closest("data[value], mn[data-full]") : null;
  }
  document.addEventListener("mouseover", function (event) {
    var el = number(event);
    if (!el) return;
    if (!tip) {
      tip = document.createElement("span");
      tip.className = "digits-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = el.getAttribute("data-full") || el.getAttribute("value");
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    // Kept inside the page: a tip past its right edge would make a phone page scroll sideways.
    var left = Math.max(0, Math.min(box.left, document.documentElement.clientWidth - tip.getBoundingClientRect().width));
    tip.style.left = Math.floor(left + window.scrollX) + "px";
    tip.style.top = Math.round(box.bottom + window.scrollY + 4) + "px";
  });
  document.addEventListener("mouseout", function (event) {
    var el = number(event);
    if (tip && el && !el.contains(event.relatedTarget)) tip.hidden = true;
  });
  // Swapped-in content asks for the focus with data-autofocus instead of autofocus, and gets it
  // here: Chromium refuses (and logs) an autofocus inserted into a page that already has a focus.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (tip) tip.hidden = true;
    var text = event.detail.serverResponse;
    if (typeof text === "string") event.detail.serverResponse = text.replace(/ autofocus(?=[ >])/g, " data-autofocus");
  });
  document.addEventListener("htmx:afterSettle", function () {
    var el = document.querySelector("[data-autofocus]");
    if (el) {
      el.removeAttribute("data-autofocus");
      el.focus();
    }
  });
})();

// "Copy embed code" (copy.js) is loaded when its box is first opened: few visitors open it, so the
// first load of every page does not carry it. Its URL is this script's, with its version.
(function () {
  var box = document.querySelector("[data-embed-code]"), self = document.currentScript;
  if (box && self) box.addEventListener("toggle", function () {
    var script = document.createElement("script");
    script.src = self.src.replace("/stepwise.js", "/copy.js");
    document.head.appendChild(script);
  }, { once: true });
})();
