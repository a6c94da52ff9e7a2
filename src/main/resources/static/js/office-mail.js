// The mail form: a contact checked among the search results joins the chosen recipients, so that the next search
// (which replaces the results) does not drop it.
document.addEventListener('change', function (event) {
  var box = event.target;
  if (!box.classList || !box.classList.contains('mail-contact-choice') || !box.checked) {
    return;
  }
  var chosen = document.getElementById('mail-contacts-chosen');
  var row = box.closest('.form-check');
  if (chosen && row) {
    box.classList.remove('mail-contact-choice');
    if (chosen.querySelector('input[value="' + box.value + '"]')) {
      row.remove();
    } else {
      chosen.appendChild(row);
    }
  }
});

// Enter in the contact search looks for contacts; it must not send the mail half written.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target && event.target.id === 'mail-contact-search') {
    event.preventDefault();
  }
});
