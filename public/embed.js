/*! Orbital Footprint embed helper (optional, MIT OR Apache-2.0).
 * Add <script src="…/embed.js" defer></script> to a page that embeds the calculator in
 * an <iframe>: the iframe then takes the height the widget reports. It accepts the AMP
 * message {sentinel: "amp", type: "embed-size", height} and the Pym.js message
 * "pymxPYMx<childId>xPYMxheightxPYMx<px>", and only from an iframe on this page.
 */
(function () {
  'use strict';
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }
  function heightOf(data) {
    if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
      return Number(data.height);
    }
    if (typeof data === 'string' && data.indexOf('pymxPYMx') === 0) {
      var parts = data.split('xPYMx');
      if (parts[2] === 'height') return Number(parts[3]);
    }
    return NaN;
  }
  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    var h = heightOf(event.data);
    if (!frame || !(h > 0) || h > 100000) return;
    frame.style.height = Math.ceil(h) + 'px';
    frame.setAttribute('height', String(Math.ceil(h)));
  });
})();
