// Lesson pages: replace a step's state cheaply, keep keyboard focus through htmx swaps, and mark
// boxes that scroll sideways.

// A step replaces the lesson state (hx-swap="step" with hx-ext="step-swap" on it). Most of a new state
// repeats the old one: texts, table and chart frames, the diagram; numbers, coordinates and links
// change. So this swap patches the old state: a changed text gets the new text, an element of the
// same name the new attributes, and only form fields (what was typed is not in their attributes)
// and elements of another kind are replaced. The browser then styles, lays out and paints what
// changed, not 500 to 1,500 new elements a step, and a focused link whose href changed stays focused.
// htmx processes the new elements and the controls whose attributes changed (it sees the change and
// binds them afresh), then fires its swap and settle events on the state as usual. (htmx's own
// outerHTML swap also dispatched two cleanup events for every element it removed.)
(function () {
  // What htmx acts on: a new element that is or holds one of these is handed to it to process (a
  // link only where boosted, as htmx itself selects them: a permalink's new href needs nothing).
  var HTMX = "a[hx-boost], [hx-boost] a, form, [type=submit], [hx-get], [hx-post], [hx-boost], [hx-ext], [hx-trigger]";
  // Form fields hold what was typed, not what their attributes say: always the server's new ones.
  var FIELD = /^(INPUT|SELECT|TEXTAREA)$/;

  htmx.defineExtension("step-swap", {
    handleSwap: function (style, target, fragment, settleInfo) {
      if (style !== "step") return false;
      var state = fragment.firstElementChild, added = [];
      if (state && state === fragment.lastElementChild && state.id === target.id) {
        patchChildren(target, state, added);
        return added;
      }
      added = Array.from(fragment.children);
      target.replaceWith(fragment);
      settleInfo.elts = added;
      return added;
    }
  });

  // Pairs the children of the old and the new state by position, by sibling pointers (no arrays).
  // The next siblings are read before a node can move out of the new state.
  function patchChildren(old, now, added) {
    var a = old.firstChild, b = now.firstChild, an, bn;
    while (a && b) {
      an = a.nextSibling; bn = b.nextSibling;
      patch(a, b, added);
      a = an; b = bn;
    }
    while (a) {
      an = a.nextSibling;
      old.removeChild(a);
      a = an;
    }
    while (b) {
      bn = b.nextSibling;
      put(old.appendChild(b), added);
      b = bn;
    }
  }

  // Every element is first compared whole, in one native call: an unchanged one is then left
  // alone without its nodes in the new state ever being touched from script (each node touched
  // costs the script engine an object).
  function patch(old, now, added) {
    if (old.nodeType === 3 && now.nodeType === 3) {
      if (old.data !== now.data) old.data = now.data;
    } else if (old.nodeType !== 1 || old.nodeName !== now.nodeName || FIELD.test(old.nodeName)) {
      old.parentNode.replaceChild(now, old);
      put(now, added);
    } else if (!old.isEqualNode(now)) {
      if (setAttributes(old, now) && old.matches(HTMX)) added.push(old);
      patchChildren(old, now, added);
    }
  }

  function put(node, added) {
    if (node.nodeType === 1 && (node.matches(HTMX) || node.querySelector(HTMX))) added.push(node);
  }

  // Gives old the attributes of now; true if any changed. By name: reading an element's
  // attributes list would make an object of each attribute. A box's data-overflow is the page's
  // own (set below, after layout): removed here, it would be set again in the same frame, at the
  // cost of a second style, layout and paint of the boxes.
  function setAttributes(old, now) {
    var names = now.getAttributeNames(), changed = false, i, value;
    for (i = 0; i < names.length; i++) {
      value = now.getAttribute(names[i]);
      if (old.getAttribute(names[i]) !== value) { old.setAttribute(names[i], value); changed = true; }
    }
    if (old.attributes.length > names.length) {
      names = old.getAttributeNames();
      for (i = 0; i < names.length; i++) {
        if (names[i] !== "data-overflow" && !now.hasAttribute(names[i])) { old.removeAttribute(names[i]); changed = true; }
      }
    }
    return changed;
  }
})();

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

  // Remember what started the request: the focused control if it is inside the element htmx acts
  // for (the event's target). A step swapped in from the answer fetched ahead (below) makes no
  // request; its click says so with a lesson:step event.
  function remember(event) {
    var elt = event.target, active = document.activeElement;
    var control = active && active !== document.body && elt.contains(active) ? active : elt;
    var nav = control.closest("nav[aria-label]");
    from = { id: control.id, nav: nav ? nav.getAttribute("aria-label") : null };
  }
  document.addEventListener("htmx:beforeRequest", remember);
  document.addEventListener("lesson:step", remember);

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
    var boxes = Array.from(document.querySelectorAll(BOXES));
    if (!observer) return mark(boxes);
    observer.disconnect();
    boxes.forEach(function (box) { observer.observe(box); });
  }

  document.addEventListener("scroll", function (event) {
    var box = event.target;
    if (box.matches && box.matches(BOXES)) mark([box]);
  }, { capture: true, passive: true });
  document.addEventListener("htmx:afterSettle", scan);
  // The joined script is deferred: the document is parsed when this runs.
  scan();
})();

// Ask for the next step before the click: once a step is painted, fetch what its primary control
// (Next step, Fill next layer) would, as htmx would ask for it, and keep the answer; a click on that
// control then swaps it in at once, as htmx would have, without a request (a request from the
// browser's own copy still took 3-10 ms before the swap could start). A click before the answer is
// here is htmx's as usual, and finds the answer in the browser's copy (a step may be kept for a
// minute). Not with Data Saver on. The server renders such a request only if it has a free hand at
// once, else answers an empty 204 (Prefetch.java), and then the click asks again.
(function () {
  var PRIMARY = "#lesson-state a.primary[href]", ready;

  function ahead() {
    var link = document.querySelector(PRIMARY), url = link && link.href;
    ready = null;
    if (url) fetch(url, { headers: { "HX-Request": "true", Purpose: "prefetch" } })
        .then(function (response) { return response.status === 200 && response.text(); })
        // Only a lesson state (not an error answer, which htmx may be told how to take), and not one
        // that asks for the focus: that goes through htmx, where site.js hands it over.
        .then(function (text) {
          if (text && !text.indexOf('<div id="lesson-state"') && text.indexOf(" autofocus") < 0) ready = { url: url, text: text };
        }, Boolean);
  }

  // In the capture phase, before htmx's own listener on the link: a plain click on the control whose
  // answer is kept. The swap is htmx's, as for its own request, and so is the URL's announcement.
  function take(event) {
    var link = event.target.closest && event.target.closest(PRIMARY), step = ready;
    if (!link || !step || step.url !== link.href || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    // Read before the swap, which gives the link the next step's address.
    var path = link.getAttribute("href");
    event.preventDefault();
    event.stopPropagation();
    ready = null;
    htmx.trigger(link, "lesson:step");
    htmx.swap("#lesson-state", step.text, { swapStyle: "step" }, { contextElement: link });
    htmx.trigger("body", "htmx:pushedIntoHistory", { path: path });
  }

  if (window.fetch && !(navigator.connection || {}).saveData) {
    document.addEventListener("click", take, true);
    // After the frame that shows the step, so that starting the request does not hold that frame up.
    document.addEventListener("htmx:afterSettle", function () { requestAnimationFrame(function () { setTimeout(ahead); }); });
    // The joined script is deferred: the document is parsed when this runs.
    ahead();
  }
})();
