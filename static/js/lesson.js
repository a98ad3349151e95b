// Lesson pages: replace a step's state cheaply, keep keyboard focus through htmx swaps, and mark
// boxes that scroll sideways.

// A step replaces the whole lesson state (hx-swap="step" with hx-ext="step-swap" on it). htmx's own
// outerHTML swap dispatches two cleanup events for every element it removes (some 1,900 on the
// all-parameters lesson) and looks each new id up in the old content, a third of a step's time in
// the browser; nothing here listens for those events, and the old state holds no htmx timers or
// listeners outside itself, so this swap only replaces the element. htmx then processes the new
// content, restores focus and fires its swap and settle events on it as usual.
htmx.defineExtension("step-swap", {
  handleSwap: function (style, target, fragment, settleInfo) {
    if (style !== "step") return false;
    var added = Array.prototype.filter.call(fragment.childNodes, function (node) { return node.nodeType === 1; });
    target.replaceWith(fragment);
    settleInfo.elts = added;
    return added;
  }
});

// After htmx swaps a lesson's content, keep keyboard focus on a control instead of letting it fall
// to <body> (where the next Tab would start again at the top of the page). htmx itself refocuses
// an element with the same id when the new content has one; this covers the rest: a control that
// is now disabled (Run at the end, Reset at step 0, Fill all when full) or gone ("Go on to step N").
(function () {
  var from = null;

  function usable(el) {
    return el && !el.closest("[hidden], [aria-disabled=true]") && el.getClientRects().length > 0
        && el.matches("a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled])");
  }

  function firstUsable(root, selectors) {
    if (!root) return null;
    for (var i = 0; i < selectors.length; i++) {
      var all = root.querySelectorAll(selectors[i]);
      for (var j = 0; j < all.length; j++) if (usable(all[j])) return all[j];
    }
    return null;
  }

  // Remember what started the request: the focused control if it is inside the element htmx acts for.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt, active = document.activeElement;
    var control = active && active !== document.body && elt.contains(active) ? active : elt;
    var nav = control.closest("nav[aria-label]");
    from = { id: control.id, nav: nav ? nav.getAttribute("aria-label") : null };
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!from) return;
    var was = from;
    from = null;
    var active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    var nav = was.nav ? document.querySelector('nav[aria-label="' + was.nav + '"]') : null;
    var target = (was.id && usable(document.getElementById(was.id)) && document.getElementById(was.id))
        || firstUsable(nav, [".primary", "a[href], button"])
        || firstUsable(document.getElementById("lesson-state"), [".controls .primary", ".controls a[href]"])
        || firstUsable(document.getElementById("main"), ["a[href], button, input, select"]);
    if (target) target.focus({ preventScroll: true });
  });
})();

// A wide table or formula scrolls inside its own box; data-overflow (left, right or both) tells the
// stylesheet which edge to fade, so that the cut is seen as "more this way". A box that overflows
// becomes a keyboard stop with a name, so it can be scrolled without a mouse.
(function () {
  var BOXES = ".table-scroll, .formula, .diagram-scroll";

  function overflow(box) {
    var max = box.scrollWidth - box.clientWidth;
    var left = box.scrollLeft > 1, right = box.scrollLeft < max - 1;
    return max <= 1 ? null : left && right ? "both" : left ? "left" : "right";
  }

  function show(box, state) {
    if (state !== box.getAttribute("data-overflow")) {
      if (state) box.setAttribute("data-overflow", state); else box.removeAttribute("data-overflow");
    }
    if (state && !box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", (box.matches(".formula") ? "Formula" : box.matches(".diagram-scroll") ? "Network diagram" : "Table") + ", scrolls sideways");
    }
  }

  // All the measuring first, then all the marking: a mark between two measurements would make the
  // browser lay the page out again for the second.
  function mark(boxes) {
    var states = boxes.map(overflow);
    boxes.forEach(function (box, i) { show(box, states[i]); });
  }

  // The observer reports every box it starts watching at the next frame, after layout and before
  // paint, so new content is marked without laying the page out early; it forgets the boxes a swap
  // removed. A box reported with no width has not been laid out (it is in a part of the page the
  // browser skips until it is scrolled to, see .chain): measuring it would lay it out now; it is
  // reported again when it is laid out.
  var observer = "ResizeObserver" in window ? new ResizeObserver(function (entries) {
    mark(entries.filter(function (entry) { return entry.contentRect.width > 0; })
        .map(function (entry) { return entry.target; }));
  }) : null;

  function scan() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(BOXES));
    if (!observer) return mark(boxes);
    observer.disconnect();
    boxes.forEach(function (box) { observer.observe(box); });
  }

  document.addEventListener("scroll", function (event) {
    var box = event.target;
    if (box.matches && box.matches(BOXES)) mark([box]);
  }, { capture: true, passive: true });
  document.addEventListener("htmx:afterSettle", scan);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan); else scan();
})();
