// Behaviour every page shares. The Content-Security-Policy runs only scripts served from this site, so the
// templates carry no inline scripts or on...= handlers: they mark elements with data-* attributes and the
// listeners below, delegated from the document, act on them (also on rows that htmx swaps in later).
// The CSRF token of htmx requests comes from htmx-spring-boot (hx:post renders hx-headers) or from the form's
// hidden _csrf field; no script copies it.
(function () {
  'use strict';

  // <form data-confirm="Really?">: asks before the form is sent (htmx forms use hx-confirm instead).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  document.addEventListener('change', function (e) {
    var el = e.target;
    // <select data-autosubmit>: a filter that applies as soon as it changes.
    if (el.matches('[data-autosubmit]') && el.form) {
      el.form.submit();
    }
    // <input type="checkbox" data-check-all=".row-select">: ticks or clears every box the selector finds.
    if (el.matches('[data-check-all]')) {
      document.querySelectorAll(el.dataset.checkAll).forEach(function (box) { box.checked = el.checked; });
    }
    // <form data-keep-checked="#chosen">: a ticked box moves into the chosen list, so that the next search
    // (which replaces the found list) does not drop it.
    var keeper = el.form && el.form.dataset ? el.form.dataset.keepChecked : null;
    if (keeper && el.type === 'checkbox' && el.checked) {
      var chosen = document.querySelector(keeper);
      var item = el.closest('.form-check');
      if (chosen && item && !chosen.contains(item)) {
        chosen.appendChild(item);
      }
    }
  });

  document.addEventListener('click', function (e) {
    // <button data-print>: prints the page.
    if (e.target.closest('[data-print]')) {
      window.print();
    }
    // <button data-remove-row>: removes its table row (an order line not yet saved).
    var remover = e.target.closest('[data-remove-row]');
    if (remover) {
      remover.closest('tr').remove();
      document.dispatchEvent(new CustomEvent('kehu:row-removed'));
    }
  });

  // <button hx-get=... data-next-index="#rows tr[data-index]">: sends index = one past the highest data-index of
  // the rows the selector finds, so that a new row never reuses the number of one still on the page.
  document.addEventListener('htmx:configRequest', function (e) {
    var source = e.detail.elt;
    if (source && source.dataset && source.dataset.nextIndex) {
      var next = 0;
      document.querySelectorAll(source.dataset.nextIndex).forEach(function (row) {
        next = Math.max(next, Number(row.dataset.index) + 1);
      });
      e.detail.parameters.index = next;
    }
  });
})();
