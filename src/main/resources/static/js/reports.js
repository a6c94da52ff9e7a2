// Draws the charts of a report page (and of its print view) from the JSON in #report-charts' data-charts:
// [{kind, title, categories, names, series: [{name, type, values}]}]. Kinds: pareto (bars and a cumulative %
// line on a second axis), dual (bars, and lines on a second axis), bar, stacked, line, pie, map (China's provinces, GeoJSON loaded from data-geo; the
// features' id is the region code, as Kehu's region table has it). The dimension selector submits the form.
(function () {
  'use strict';
  var box = document.getElementById('report-charts');
  document.querySelectorAll('[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
  });
  document.querySelectorAll('#report-print-view [data-print]').forEach(function (el) {
    el.addEventListener('click', function () { window.print(); });
  });
  if (!box || typeof echarts === 'undefined') {
    return;
  }
  var specs = JSON.parse(box.dataset.charts || '[]');
  var charts = [];

  function axisChart(spec) {
    var pareto = spec.kind === 'pareto';
    var dual = pareto || spec.kind === 'dual';
    var series = spec.series.map(function (s, i) {
      var line = s.type === 'line';
      var out = {name: s.name, type: line ? 'line' : 'bar', data: s.values.map(Number)};
      if (spec.kind === 'stacked') { out.stack = 'total'; }
      if (dual && line) { out.yAxisIndex = 1; out.smooth = true; }
      return out;
    });
    var yAxis = [{type: 'value'}];
    if (pareto) { yAxis.push({type: 'value', max: 100, axisLabel: {formatter: '{value}%'}}); }
    else if (dual) { yAxis.push({type: 'value'}); }
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 13}},
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 20, right: 20, top: 40, bottom: 40, containLabel: true},
      xAxis: {type: 'category', data: spec.names, axisLabel: {rotate: spec.names.length > 8 ? 40 : 0, width: 90, overflow: 'truncate'}},
      yAxis: yAxis,
      series: series
    };
  }

  function pieChart(spec) {
    var values = spec.series[0].values;
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 13}},
      tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
      legend: {bottom: 0, type: 'scroll'},
      series: [{type: 'pie', radius: ['30%', '62%'], name: spec.series[0].name,
                data: spec.names.map(function (n, i) { return {name: n, value: Number(values[i])}; })}]
    };
  }

  function mapChart(spec) {
    var values = spec.series[0].values.map(Number);
    var max = values.length ? Math.max.apply(null, values) : 0;
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 13}},
      tooltip: {trigger: 'item', formatter: function (p) {
        return p.data ? p.data.label + ': ' + p.data.value : (p.name || '');
      }},
      visualMap: {min: 0, max: max > 0 ? max : 1, left: 10, bottom: 10, calculable: true,
                  inRange: {color: ['#e0f3f8', '#4575b4']}},
      series: [{type: 'map', map: 'kehu-china', nameProperty: 'id', roam: false, name: spec.series[0].name,
                label: {show: false},
                data: spec.categories.map(function (code, i) { return {name: code, label: spec.names[i], value: values[i]}; })}]
    };
  }

  function draw(el, spec) {
    var chart = echarts.init(el);
    var option = spec.kind === 'pie' ? pieChart(spec) : spec.kind === 'map' ? mapChart(spec) : axisChart(spec);
    chart.setOption(option);
    el.dataset.drawn = spec.kind;
    charts.push(chart);
  }

  var needsMap = specs.some(function (s) { return s.kind === 'map'; });
  var ready = needsMap && !echarts.getMap('kehu-china')
    ? fetch(box.dataset.geo).then(function (r) { return r.json(); }).then(function (geo) { echarts.registerMap('kehu-china', geo); })
    : Promise.resolve();
  ready.then(function () {
    specs.forEach(function (spec, i) {
      var el = document.getElementById('report-chart-' + i);
      if (el) { draw(el, spec); }
    });
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
})();
