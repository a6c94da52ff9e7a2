// The home dashboards' charts. Each chart element carries its series in data-* attributes as comma-separated plain
// numbers (an empty item is a gap) and its labels; data-chart says which chart it is.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  function list(text) {
    return text ? text.split(',') : [];
  }
  function numbers(text) {
    return list(text).map(function (v) { return v === '' ? null : Number(v); });
  }
  function money(v) {
    return v == null ? '' : '¥' + Number(v).toLocaleString(undefined, {maximumFractionDigits: 0});
  }
  var charts = [];
  var builders = {
    trend: function (d) {
      return {
        tooltip: {trigger: 'axis', valueFormatter: money},
        legend: {top: 0},
        grid: {left: 10, right: 10, top: 30, bottom: 25, containLabel: true},
        xAxis: {type: 'category', data: list(d.months)},
        yAxis: {type: 'value'},
        series: [
          {name: d.labelRevenue, type: 'bar', data: numbers(d.revenue)},
          {name: d.labelTarget, type: 'line', step: 'middle', data: numbers(d.target)},
          {name: d.labelLastYear, type: 'line', lineStyle: {type: 'dashed'}, data: numbers(d.lastYear)}
        ]
      };
    },
    funnel: function (d) {
      var names = d.names ? d.names.split('|') : [];
      var values = numbers(d.values);
      return {
        tooltip: {trigger: 'item', formatter: '{b}: {c}'},
        series: [{type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '10%', gap: 2,
                  label: {show: true, position: 'inside', formatter: '{b} {c}'},
                  data: names.map(function (n, i) { return {name: n, value: values[i]}; })}]
      };
    },
    forecast: function (d) {
      return {
        tooltip: {trigger: 'axis', valueFormatter: money},
        legend: {top: 0},
        grid: {left: 10, right: 10, top: 30, bottom: 25, containLabel: true},
        xAxis: {type: 'category', data: list(d.months)},
        yAxis: {type: 'value'},
        series: [
          {name: d.labelWeighted, type: 'bar', data: numbers(d.weighted)},
          {name: d.labelAmount, type: 'line', data: numbers(d.amount)}
        ]
      };
    },
    satisfaction: function (d) {
      return {
        tooltip: {trigger: 'axis'},
        grid: {left: 30, right: 10, top: 10, bottom: 20},
        xAxis: {type: 'category', data: list(d.months)},
        yAxis: {type: 'value', min: 1, max: 5},
        series: [{type: 'line', connectNulls: true, data: numbers(d.values)}]
      };
    }
  };
  Array.prototype.forEach.call(document.querySelectorAll('.dash-chart[data-chart]'), function (el) {
    var build = builders[el.dataset.chart];
    if (!build) {
      return;
    }
    var chart = echarts.init(el);
    chart.setOption(build(el.dataset));
    el.setAttribute('data-rendered', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
