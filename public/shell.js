// The static shell's switch: see src/cli/shell.rs.
(function () {
  var s = document.getElementById('static-shell');
  if (!s) return;
  // Scripts run: the loading line may show (without them it never would finish).
  s.classList.add('shell-js');
  var keys = (s.getAttribute('data-quiet-keys') || '').split(' ');
  var prefixes = (s.getAttribute('data-quiet-prefixes') || '').split(' ').filter(Boolean);
  var plain = true;
  new URLSearchParams(location.search).forEach(function (v, k) {
    var key = k.toLowerCase();
    var quiet = keys.indexOf(key) >= 0 || prefixes.some(function (p) { return key.indexOf(p) === 0; });
    if (!quiet && !(key === 'v' && v === '1') && !(key === 'lang' && v === 'en')) plain = false;
  });
  var q = new URLSearchParams(location.search).get('lang');
  var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  if (!q && /^zh/i.test(first)) plain = false;
  if (plain) s.classList.add('shell-default');
})();
