// The ratings distribution: one bar chart per kind, labels, counts and Bootstrap colour names from the element's
// data-labels, data-values and data-colors, each a list joined by "|"; on the print view, the print button.
(function () {
  'use strict';
  // The print view has no layout (nor its script): its button prints here.
  document.querySelectorAll('#ratings-print-view [data-print]').forEach(function (el) {
    el.addEventListener('click', function () { window.print(); });
  });
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = {success: '#198754', primary: '#0d6efd', secondary: '#6c757d', warning: '#ffc107', dark: '#212529', danger: '#dc3545'};
  document.querySelectorAll('.rating-chart').forEach(function (el) {
    var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
    var values = el.dataset.values ? el.dataset.values.split('|').map(Number) : [];
    var tones = el.dataset.colors ? el.dataset.colors.split('|') : [];
    echarts.init(el).setOption({
      animation: false, grid: {left: 40, right: 10, top: 10, bottom: 30}, tooltip: {},
      xAxis: {type: 'category', data: labels}, yAxis: {type: 'value', minInterval: 1},
      series: [{type: 'bar', data: values.map(function (v, i) {
        return {value: v, itemStyle: {color: colours[tones[i]] || '#0d6efd'}};
      })}]
    });
  });
})();
