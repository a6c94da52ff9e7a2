// One bar chart per question of a survey's results: labels and counts come from the element's
// data-labels and data-values, each a list joined by "|".
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.survey-chart').forEach(function (el) {
    var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
    var values = el.dataset.values ? el.dataset.values.split('|').map(Number) : [];
    echarts.init(el).setOption({
      animation: false, grid: {left: 30, right: 10, top: 10, bottom: 30},
      xAxis: {type: 'category', data: labels}, yAxis: {type: 'value', minInterval: 1},
      series: [{type: 'bar', data: values, itemStyle: {color: '#0d6efd'}}], tooltip: {}
    });
  });
})();
