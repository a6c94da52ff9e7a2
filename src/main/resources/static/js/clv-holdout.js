// The holdout figure of the customer value page (as Fader, Hardie and Lee 2005, figure 2): cumulative repeat
// purchases per week, actual and predicted, from the data attributes of #clv-holdout-chart; a vertical line marks
// the calibration end.
(function () {
  'use strict';
  var el = document.getElementById('clv-holdout-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var numbers = function (text) {
    return text ? text.split(' ').map(Number) : [];
  };
  var actual = numbers(el.dataset.actual);
  var predicted = numbers(el.dataset.predicted).map(function (v) { return Math.round(v * 10) / 10; });
  var weeks = actual.map(function (v, i) { return i + 1; });
  var calibrationWeeks = Number(el.dataset.calibrationWeeks);
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: [el.dataset.labelActual, el.dataset.labelPredicted]},
    grid: {left: 60, right: 20, top: 40, bottom: 40},
    xAxis: {type: 'category', data: weeks, name: el.dataset.labelWeek, nameLocation: 'middle', nameGap: 26},
    yAxis: {type: 'value'},
    series: [
      {name: el.dataset.labelActual, type: 'line', showSymbol: false, data: actual,
       markLine: calibrationWeeks > 0 && calibrationWeeks < weeks.length ? {symbol: 'none', label: {formatter: el.dataset.labelEnd},
         lineStyle: {type: 'dashed'}, data: [{xAxis: calibrationWeeks - 1}]} : undefined},
      {name: el.dataset.labelPredicted, type: 'line', showSymbol: false, lineStyle: {type: 'dashed'}, data: predicted}
    ]
  });
  el.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
