// The opportunity form: choosing a stage proposes its probability, until the user types one of their own.
(function () {
  'use strict';
  var stage = document.getElementById('opportunity-stageCode');
  var probability = document.getElementById('opportunity-probability');
  if (!stage || !probability) {
    return;
  }
  probability.addEventListener('input', function () { probability.dataset.manual = 'true'; });
  stage.addEventListener('change', function () {
    var proposed = stage.options[stage.selectedIndex].dataset.probability;
    if (proposed && probability.dataset.manual !== 'true') {
      probability.value = proposed;
    }
  });
})();
