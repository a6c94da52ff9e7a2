// The pipeline board: cards move between stage columns with SortableJS; a drop posts the new stage and puts
// the card back where it was when the server refuses. The board's form carries the URL, the CSRF field and
// the message for a refusal without a reason.
(function () {
  'use strict';
  var board = document.getElementById('pipeline-board');
  var form = document.getElementById('pipeline-move');
  var message = document.getElementById('pipeline-message');
  if (!board || !form || typeof Sortable === 'undefined') {
    return;
  }
  var genericError = form.dataset.refused;

  function show(text, ok) {
    message.textContent = text;
    message.className = 'alert ' + (ok ? 'alert-success' : 'alert-danger');
  }

  function counts() {
    board.querySelectorAll('.pipeline-column').forEach(function (col) {
      col.querySelector('.pipeline-count').textContent = col.querySelectorAll('.pipeline-card').length;
    });
  }

  function putBack(card, stage, from, oldIndex) {
    var target = stage ? board.querySelector('.pipeline-cards[data-stage="' + stage + '"]') : from;
    if (!target) { card.remove(); counts(); return; }
    var ref = target === from ? target.children[oldIndex] : null;
    target.insertBefore(card, ref || null);
    counts();
  }

  function move(evt) {
    if (evt.from === evt.to) { return; }
    var card = evt.item;
    var body = new URLSearchParams(new FormData(form));
    body.set('stage', evt.to.dataset.stage);
    card.classList.add('opacity-50');
    fetch(form.action + card.dataset.id + '/stage', {method: 'POST', headers: {'Accept': 'application/json'},
                                                     credentials: 'same-origin', body: body})
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (b) { return {ok: r.ok, body: b}; });
      })
      .then(function (res) {
        card.classList.remove('opacity-50');
        if (res.ok) {
          card.querySelector('.pipeline-probability').textContent = res.body.probability + '%';
          show(res.body.message, true);
          counts();
        } else {
          putBack(card, res.body.stage, evt.from, evt.oldIndex);
          show(res.body.message || genericError, false);
        }
      })
      .catch(function () {
        card.classList.remove('opacity-50');
        putBack(card, null, evt.from, evt.oldIndex);
        show(genericError, false);
      });
  }

  board.querySelectorAll('.pipeline-cards').forEach(function (list) {
    Sortable.create(list, {group: 'pipeline', animation: 150, forceFallback: true,
                           disabled: board.dataset.canMove !== 'true', onEnd: move});
  });
  board.dataset.ready = 'true';
})();
