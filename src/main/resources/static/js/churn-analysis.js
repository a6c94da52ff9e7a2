// The churn analysis charts draw the tables beside them: each row carries its label and count in data-name and
// data-value (confirmed churn by month as bars, by reason as a pie).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  function rows(selector) {
    return Array.prototype.map.call(document.querySelectorAll(selector), function (row) {
      return {name: row.dataset.name, value: Number(row.dataset.value)};
    });
  }
  var charts = [];
  var monthEl = document.getElementById('churn-month-chart');
  if (monthEl) {
    var months = rows('#churn-by-month tr.churn-month-row');
    var bars = echarts.init(monthEl);
    bars.setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 40, right: 10, top: 20, bottom: 30},
      xAxis: {type: 'category', data: months.map(function (m) { return m.name; })},
      yAxis: {type: 'value', minInterval: 1},
      series: [{type: 'bar', data: months.map(function (m) { return m.value; }), itemStyle: {color: '#dc3545'}}]
    });
    charts.push(bars);
  }
  var reasonEl = document.getElementById('churn-reason-chart');
  if (reasonEl) {
    var pie = echarts.init(reasonEl);
    pie.setOption({
      tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
      series: [{type: 'pie', radius: ['35%', '70%'], data: rows('#churn-by-reason tr.churn-reason-row'),
                label: {formatter: '{b}\n{d}%'}}]
    });
    charts.push(pie);
  }
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
