// The competitor charts. Price comparison: one bar per product, ours first in another colour, from the element's
// data-labels and data-values (lists joined by "|"). Win/loss: stacked bars per competitor of won, lost to it and
// open opportunities, from data-labels, data-won, data-lost and data-open, with the series' names in data-*-label.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  function list(value) {
    return value ? value.split('|') : [];
  }
  document.querySelectorAll('.competitor-price-chart').forEach(function (el) {
    var labels = list(el.dataset.labels);
    var values = list(el.dataset.values).map(Number);
    echarts.init(el).setOption({
      animation: false, tooltip: {}, grid: {left: 80, right: 20, top: 10, bottom: 90},
      xAxis: {type: 'category', data: labels, axisLabel: {rotate: 30, interval: 0, fontSize: 10}},
      yAxis: {type: 'value', axisLabel: {formatter: '¥{value}'}},
      series: [{type: 'bar', data: values.map(function (v, i) {
        return {value: v, itemStyle: {color: i === 0 ? '#0d6efd' : (v < values[0] ? '#dc3545' : '#6c757d')}};
      })}]
    });
  });
  document.querySelectorAll('.competitor-winloss-chart').forEach(function (el) {
    var labels = list(el.dataset.labels);
    function series(name, data, colour) {
      return {name: name, type: 'bar', stack: 'all', data: list(data).map(Number), itemStyle: {color: colour}};
    }
    echarts.init(el).setOption({
      animation: false, tooltip: {trigger: 'axis'}, legend: {},
      grid: {left: 40, right: 20, top: 30, bottom: 60},
      xAxis: {type: 'category', data: labels, axisLabel: {rotate: 20, interval: 0, fontSize: 10}},
      yAxis: {type: 'value', minInterval: 1},
      series: [series(el.dataset.wonLabel, el.dataset.won, '#198754'),
               series(el.dataset.lostLabel, el.dataset.lost, '#dc3545'),
               series(el.dataset.openLabel, el.dataset.open, '#adb5bd')]
    });
  });
})();
