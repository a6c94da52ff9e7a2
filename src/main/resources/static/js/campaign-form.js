// The campaign form: only an e-mail campaign has a mail template (subject and text).
(function () {
  'use strict';
  var channel = document.getElementById('campaign-channel');
  var mail = document.getElementById('campaign-mail');
  if (!channel || !mail) {
    return;
  }
  function show() {
    mail.hidden = channel.value !== 'EMAIL';
  }
  channel.addEventListener('change', show);
  show();
})();
