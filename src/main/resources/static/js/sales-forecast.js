// The sales forecast chart draws the table below it: history rows carry data-month, data-actual and data-fitted,
// forecast rows data-forecast and the 80 % and 95 % bounds. The bands are stacked areas (lower bound, then the
// width) so that ECharts fills between the bounds.
(function () {
  'use strict';
  var el = document.getElementById('forecast-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var num = function (v) { return v === undefined || v === '' ? null : Number(v); };
  var months = [], actual = [], fitted = [], mean = [], lo80 = [], w80 = [], lo95 = [], w95 = [];
  document.querySelectorAll('#forecast-table tr.forecast-history').forEach(function (row) {
    months.push(row.dataset.month);
    actual.push(num(row.dataset.actual));
    fitted.push(num(row.dataset.fitted));
    mean.push(null); lo80.push(null); w80.push(null); lo95.push(null); w95.push(null);
  });
  if (months.length) {
    // the forecast line starts at the last actual month, so that the two lines join
    mean[months.length - 1] = actual[months.length - 1];
  }
  document.querySelectorAll('#forecast-table tr.forecast-ahead').forEach(function (row) {
    months.push(row.dataset.month);
    actual.push(null); fitted.push(null);
    mean.push(num(row.dataset.forecast));
    lo80.push(num(row.dataset.lower80)); w80.push(num(row.dataset.upper80) - num(row.dataset.lower80));
    lo95.push(num(row.dataset.lower95)); w95.push(num(row.dataset.upper95) - num(row.dataset.lower95));
  });
  var d = el.dataset;
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: [d.labelActual, d.labelFitted, d.labelForecast, d.labelBand95, d.labelBand80]},
    grid: {left: 70, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: months, boundaryGap: false},
    yAxis: {type: 'value', scale: true},
    series: [
      {name: d.labelBand95, type: 'line', data: lo95, stack: 'band95', symbol: 'none', lineStyle: {opacity: 0}, tooltip: {show: false}},
      {name: d.labelBand95, type: 'line', data: w95, stack: 'band95', symbol: 'none', lineStyle: {opacity: 0},
       areaStyle: {color: 'rgba(13, 110, 253, 0.12)'}, tooltip: {show: false}},
      {name: d.labelBand80, type: 'line', data: lo80, stack: 'band80', symbol: 'none', lineStyle: {opacity: 0}, tooltip: {show: false}},
      {name: d.labelBand80, type: 'line', data: w80, stack: 'band80', symbol: 'none', lineStyle: {opacity: 0},
       areaStyle: {color: 'rgba(13, 110, 253, 0.25)'}, tooltip: {show: false}},
      {name: d.labelActual, type: 'line', data: actual, symbolSize: 4, itemStyle: {color: '#212529'}},
      {name: d.labelFitted, type: 'line', data: fitted, symbol: 'none', lineStyle: {type: 'dashed'}, itemStyle: {color: '#fd7e14'}},
      {name: d.labelForecast, type: 'line', data: mean, symbolSize: 4, itemStyle: {color: '#0d6efd'}, lineStyle: {width: 2}}
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
