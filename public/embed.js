/*
 * Japan–NATO Partnership Explorer: embed helper for host pages.
 *
 * Paste into your page (replace the address with where the explorer lives):
 *
 *   <iframe data-japan-nato-explorer
 *           src="https://explorer.example.org/japan-nato/timeline?embed=1&topic=maritime-security"
 *           title="Japan–NATO Partnership Explorer" width="100%" height="700" loading="lazy"></iframe>
 *   <script src="https://explorer.example.org/japan-nato/embed.js" defer></script>
 *
 * The explorer, in embed mode (?embed=1), posts its content height whenever it
 * changes; this script resizes the frame to match. It accepts messages only
 * from the frame's own origin and window, and only a plausible height.
 * It sets the height through the CSSOM, which a strict style-src allows.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 50000;

  function connect(frame) {
    var origin;
    try {
      origin = new URL(frame.getAttribute('src'), document.baseURI).origin;
    } catch (error) {
      return;
    }
    window.addEventListener('message', function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.source !== 'japan-nato-explorer' || data.type !== 'height') return;
      var height = Number(data.height);
      if (!isFinite(height)) return;
      height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
      frame.style.height = height + 'px';
    });
  }

  function start() {
    var frames = document.querySelectorAll('iframe[data-japan-nato-explorer]');
    for (var i = 0; i < frames.length; i += 1) connect(frames[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
