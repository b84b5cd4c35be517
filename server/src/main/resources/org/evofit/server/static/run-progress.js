// Live progress on a run or sweep page: server-sent events fill the progress table and draw the
// convergence plot (uPlot); when the run ends the page reloads and shows its results. Without
// JavaScript the page still shows the state as of its loading.
(function () {
  var table = document.getElementById('progress');
  if (!table || !window.EventSource) {
    return;
  }
  var plot = null;
  var source = new EventSource('/api/runs/' + table.dataset.id + '/events');
  function set(id, text) {
    var cell = document.getElementById(id);
    if (cell) {
      cell.textContent = text;
    }
  }
  function num(v, digits) {
    return v === null || v === undefined ? '\u2013' : Number(v).toPrecision(digits);
  }
  function draw(points) {
    if (!window.uPlot || points.length === 0) {
      return;
    }
    var data = [points.map(function (p) { return p[0]; }), points.map(function (p) { return p[1]; })];
    if (plot === null) {
      plot = new uPlot({width: 640, height: 300, scales: {x: {time: false}},
        series: [{label: 'generation'}, {label: 'best FOM', stroke: '#1d3557'}]},
        data, document.getElementById('convergence'));
    } else {
      plot.setData(data);
    }
  }
  source.addEventListener('progress', function (ev) {
    var p = JSON.parse(ev.data);
    set('status', p.status);
    set('runs-done', p.runsDone + ' of ' + p.runsTotal);
    if (p.generation !== undefined) {
      set('generation', p.generation + ' of ' + p.maxGenerations);
      set('best-fom', num(p.bestFom, 6));
      set('evaluations-per-second', num(p.evaluationsPerSecond, 4));
      set('eta', p.etaSeconds === null ? '\u2013' : Math.round(p.etaSeconds));
      draw(p.points || []);
    }
  });
  source.addEventListener('done', function (ev) {
    source.close();
    set('status', JSON.parse(ev.data).status);
    window.location.reload();
  });
})();
