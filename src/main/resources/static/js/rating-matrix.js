// The matrix editor: as a cell of the upper triangle is typed (a decimal or a fraction such as 1/3), its mirror
// in the lower triangle shows the reciprocal. The server computes and checks everything again on submit.
(function () {
  'use strict';
  function number(text) {
    var t = (text || '').trim().replace('／', '/');
    var slash = t.indexOf('/');
    var v = slash > 0 ? parseFloat(t.substring(0, slash)) / parseFloat(t.substring(slash + 1)) : parseFloat(t);
    return isFinite(v) && v > 0 ? v : NaN;
  }
  document.querySelectorAll('.matrix-cell').forEach(function (input) {
    input.addEventListener('input', function () {
      var mirror = document.getElementById(input.dataset.mirror);
      var v = number(input.value);
      if (mirror) {
        mirror.textContent = isNaN(v) ? '' : String(Math.round(10000 / v) / 10000);
      }
    });
  });
})();
