// The customer picker with check boxes (templates/customer/pickers.html): a ticked customer among the found
// ones moves to the chosen ones, so that the next search does not drop it.
(function () {
  if (window.kehuPickers) { return; }
  window.kehuPickers = true;
  document.addEventListener('change', function (e) {
    var box = e.target;
    if (!box.checked || box.type !== 'checkbox') { return; }
    var found = box.closest('[data-picker-chosen]');
    var chosen = found && document.getElementById(found.getAttribute('data-picker-chosen'));
    if (chosen) { chosen.appendChild(box.closest('.form-check')); }
  });
})();
