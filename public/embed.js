/*! Orbital Footprint embed helper (optional, MIT OR Apache-2.0).
 * Add <script src="…/embed.js" defer></script> to a page that embeds the calculator in
 * an <iframe>: the iframe then takes the height the widget reports. It accepts the AMP
 * message {sentinel: "amp", type: "embed-size", height} and the Pym.js message
 * "pymxPYMx<childId>xPYMxheightxPYMx<px>", and acts only on a message that comes from
 * an iframe of this page whose address is on the calculator's own site (where this
 * script was loaded from), sent by that site; a Pym message must carry the childId of
 * that iframe's address. Heights are whole pixels from 50 to 20,000.
 */
(function () {
  'use strict';
  var me = document.currentScript && document.currentScript.src;
  var home;
  try {
    home = new URL(me || '', document.baseURI).origin;
  } catch (e) {
    return;
  }
  var MIN = 50;
  var MAX = 20000;
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }
  function addressOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI);
    } catch (e) {
      return null;
    }
  }
  function number(x) {
    if (typeof x === 'number') return x;
    if (typeof x === 'string' && /^\d{1,6}(\.\d{1,4})?$/.test(x)) return Number(x);
    return NaN;
  }
  function heightOf(data, src) {
    if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
      return number(data.height);
    }
    if (typeof data === 'string' && data.length < 300 && data.indexOf('pymxPYMx') === 0) {
      // "pymxPYMx<childId>xPYMxheightxPYMx<px>" → ["pym", childId, "height", px]
      var parts = data.split('xPYMx');
      var child = src.searchParams.get('childId');
      if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height' && child !== null && parts[1] === child) {
        return number(parts[3]);
      }
    }
    return NaN;
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== home) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var src = addressOf(frame);
    if (!src || src.origin !== home) return;
    var h = heightOf(event.data, src);
    if (!(h >= MIN && h <= MAX)) return;
    var px = String(Math.ceil(h));
    frame.style.height = px + 'px';
    frame.setAttribute('height', px);
  });
})();
