// On a course page: resize each Stepwise iframe to the height its lesson reports (and drop its border).
(function () {
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "stepwise:height" || typeof data.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.border = "0";
        frames[i].style.height = Math.max(100, Math.min(data.height, 20000)) + "px";
      }
    }
  });
})();
