// The week view opens at the working day rather than at midnight.
(function () {
  'use strict';
  var body = document.getElementById('calendar-week-body');
  if (body) {
    body.scrollTop = body.scrollHeight * 7 / 24;
  }
})();
