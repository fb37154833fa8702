/*
 * Video embeds (see README, "Video embeds"; the HTML comes from scripts/videos.py).
 *
 * A page carries only a local placeholder, so opening it asks nothing of
 * YouTube. This script shows the placeholder's play button and, when the reader
 * presses it (click, Enter or Space: it is a real <button>), replaces the
 * placeholder with a player from www.youtube-nocookie.com. Without JavaScript
 * the reader still has the plain link to the video on YouTube.
 */
(function () {
  "use strict";

  var VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
  var EMBED = "https://www.youtube-nocookie.com/embed/";

  function play(figure, videoId) {
    var frame = figure.querySelector(".video-embed__frame");
    var iframe = document.createElement("iframe");
    iframe.className = "video-embed__player";
    iframe.src = EMBED + videoId + "?autoplay=1";
    iframe.title = figure.getAttribute("data-video-title") || "YouTube";
    iframe.allow = "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    frame.replaceChildren(iframe);
    figure.classList.add("video-embed--playing");
    // The button the reader pressed is gone: keep keyboard focus on the player.
    iframe.focus();
  }

  function setup() {
    var figures = document.querySelectorAll(".video-embed:not([data-video-ready])");
    Array.prototype.forEach.call(figures, function (figure) {
      var videoId = figure.getAttribute("data-video-id") || "";
      var frame = figure.querySelector(".video-embed__frame");
      var button = figure.querySelector(".video-embed__play");
      if (!VIDEO_ID.test(videoId) || !frame || !button) return;
      figure.setAttribute("data-video-ready", "");
      button.addEventListener("click", function () { play(figure, videoId); }, { once: true });
      frame.hidden = false;
    });
  }

  // Material's instant navigation swaps pages without reloading scripts; its
  // document$ observable fires for the first page and for every swapped one.
  if (typeof window.document$ !== "undefined" && window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
