// The ticket form shows the fields of the chosen type only: an element with data-types="A B" is shown for
// those types, and its own fields are disabled (so not sent) for the others.
(function () {
  'use strict';
  var type = document.getElementById('ticket-typeCode');
  if (!type) {
    return;
  }
  function show(value) {
    document.querySelectorAll('#ticket-form [data-types]').forEach(function (el) {
      var on = el.dataset.types.split(' ').indexOf(value) >= 0;
      el.hidden = !on;
      el.querySelectorAll('select, input, textarea').forEach(function (f) {
        if (f.closest('[data-types]') === el) { f.disabled = !on; }
      });
    });
  }
  type.addEventListener('change', function () { show(type.value); });
  show(type.value);
})();
