// The task form: an appointment has a place and an end, and its due time is called its start.
(function () {
  'use strict';
  var kind = document.getElementById('task-kind');
  var label = document.getElementById('task-dueAt-label');
  if (!kind) {
    return;
  }
  kind.addEventListener('change', function () {
    var appointment = kind.value === 'APPOINTMENT';
    document.querySelectorAll('.task-appointment-only').forEach(function (e) { e.hidden = !appointment; });
    if (label) {
      label.textContent = appointment ? kind.dataset.start : kind.dataset.due;
    }
  });
})();
