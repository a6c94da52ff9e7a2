// The funnel chart draws the table beside it: each row of #funnel-table carries its stage's label and the
// number that reached it in data-name and data-value.
(function () {
  'use strict';
  var el = document.getElementById('funnel-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var data = Array.prototype.map.call(document.querySelectorAll('#funnel-table tr.funnel-row'), function (row) {
    return {name: row.dataset.name, value: Number(row.dataset.value)};
  });
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: {trigger: 'item', formatter: '{b}: {c}'},
    series: [{type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '10%', gap: 2,
              label: {show: true, position: 'inside', formatter: '{b}\n{c}'}, data: data}]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
