/*
 * evofit's interactive plots: reads the JSON a results or sweep page carries
 * (<script type="application/json" id="...">) and draws it with uPlot. Drag to zoom, double-click to
 * zoom out, hover for values (the legend shows them). Error bars are drawn by a small draw hook.
 */
(function () {
  "use strict";

  var COLORS = { data: "#1d3557", model: "#e63946", residual: "#457b9d", re: "#2a9d8f", im: "#e9c46a",
    rhoM: "#9b5de5" };

  function width(el) {
    return Math.max(320, Math.min(900, (el.clientWidth || 640) - 10));
  }

  // uPlot wants x ascending; data files may hold it in any order.
  function sortedBy(x, columns) {
    var order = x.map(function (v, i) { return i; }).filter(function (i) { return x[i] !== null; });
    order.sort(function (a, b) { return x[a] - x[b]; });
    return [order.map(function (i) { return x[i]; })].concat(columns.map(function (c) {
      return c === null ? null : order.map(function (i) { return c[i]; });
    }));
  }

  // Non-positive values have no place on a log axis: gaps instead.
  function forLog(values, log) {
    return log ? values.map(function (v) { return v !== null && v > 0 ? v : null; }) : values;
  }

  function errorBars(seriesIndex, errors, log) {
    return {
      hooks: {
        draw: [function (u) {
          var ctx = u.ctx, xs = u.data[0], ys = u.data[seriesIndex];
          if (!errors || !u.series[seriesIndex].show) { return; }
          ctx.save();
          ctx.beginPath();
          ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
          ctx.clip();
          ctx.strokeStyle = u.series[seriesIndex].stroke();
          ctx.lineWidth = 1;
          ctx.beginPath();
          for (var i = 0; i < xs.length; i++) {
            var y = ys[i], e = errors[i];
            if (y === null || e === null || e === undefined) { continue; }
            var lo = y - e, hi = y + e;
            if (log && lo <= 0) { lo = y / 10; }
            var px = u.valToPos(xs[i], "x", true);
            ctx.moveTo(px, u.valToPos(lo, "y", true));
            ctx.lineTo(px, u.valToPos(hi, "y", true));
          }
          ctx.stroke();
          ctx.restore();
        }]
      }
    };
  }

  // Log axes: uPlot's default labels round 1e-4 to "0".
  function tickLabels(u, splits) {
    return splits.map(function (v) {
      if (v === null || v === undefined) { return ""; }
      var a = Math.abs(v);
      return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(0) : String(+v.toPrecision(6));
    });
  }

  function yAxis(label) {
    return { label: label, values: tickLabels, size: 60 };
  }

  // The y range of values with error bars: every bar inside, a little room around.
  function rangeWithErrors(values, errors) {
    return function (u, dataMin, dataMax) {
      var lo = dataMin, hi = dataMax;
      for (var i = 0; errors && i < values.length; i++) {
        if (values[i] !== null && errors[i] !== null) {
          lo = Math.min(lo, values[i] - errors[i]);
          hi = Math.max(hi, values[i] + errors[i]);
        }
      }
      var pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
      return [lo - pad, hi + pad];
    };
  }

  function pointsOnly(label, color) {
    return { label: label, stroke: color, paths: function () { return null; }, points: { show: true, size: 5, fill: color } };
  }

  function figure(parent, title) {
    var box = document.createElement("figure");
    box.className = "plot";
    var caption = document.createElement("figcaption");
    var name = document.createElement("span");
    name.className = "title";
    name.textContent = title;
    caption.appendChild(name);
    box.appendChild(caption);
    parent.appendChild(box);
    return box;
  }

  function dataPlot(box, spec, set, log) {
    var cols = sortedBy(set.x, [set.y, set.model, set.error]);
    var data = [cols[0], forLog(cols[1], log), forLog(cols[2], log)];
    return new uPlot({
      width: width(box), height: 360,
      scales: { x: { time: false }, y: log ? { distr: 3 } : {} },
      axes: [{ label: spec.x }, yAxis(spec.y)],
      series: [{ label: spec.x }, pointsOnly("data", COLORS.data), { label: "model", stroke: COLORS.model, width: 2 }],
      plugins: [errorBars(1, cols[3], log)]
    }, data, box);
  }

  function linePlot(box, xLabel, yLabel, x, series, log) {
    var cols = sortedBy(x, series.map(function (s) { return s.values; }));
    return new uPlot({
      width: width(box), height: 260,
      scales: { x: { time: false }, y: log ? { distr: 3 } : {} },
      axes: [{ label: xLabel }, yAxis(yLabel)],
      series: [{ label: xLabel }].concat(series.map(function (s) {
        return { label: s.label, stroke: s.color, width: 1.5 };
      }))
    }, [cols[0]].concat(cols.slice(1).map(function (c) { return forLog(c, log); })), box);
  }

  function drawRun(container, spec) {
    spec.sets.forEach(function (set) {
      var box = figure(container, set.name);
      var log = spec.logY;
      var toggle = document.createElement("button");
      toggle.type = "button";
      toggle.className = "log-toggle";
      var plot;
      function redraw() {
        if (plot) { plot.destroy(); }
        toggle.textContent = log ? "linear y" : "log y";
        plot = dataPlot(box, spec, set, log);
      }
      toggle.addEventListener("click", function () { log = !log; redraw(); });
      box.querySelector("figcaption").appendChild(toggle);
      redraw();
      linePlot(figure(container, "Residuals (" + set.name + ")"), spec.x, "y − model", set.x,
        [{ label: "residual", values: set.residual, color: COLORS.residual }], false);
    });
    // One profile for a model of one sample, one per sample of a joint model.
    // A polarised model's profile has its magnetic SLD as a third line on the same axis.
    spec.slds.forEach(function (sld) {
      var lines = [
        { label: "SLD", values: sld.re, color: COLORS.re },
        { label: "imaginary SLD", values: sld.im, color: COLORS.im }];
      if (sld.rhoM) {
        lines.push({ label: "magnetic SLD", values: sld.rhoM, color: COLORS.rhoM });
      }
      linePlot(figure(container, sld.title), "z (Å)", "SLD (1e-6/Å²)", sld.z, lines, false);
    });
    if (spec.asymmetry) {
      asymmetryPlot(container, spec.asymmetry, spec.x);
    }
  }

  // (R++ − R−−)/(R++ + R−−): the data with error bars and the model, the legend saying what was interpolated.
  function asymmetryPlot(container, sa, xLabel) {
    var box = figure(container, "Spin asymmetry");
    var cols = sortedBy(sa.x, [sa.data, sa.model, sa.error]);
    new uPlot({
      width: width(box), height: 260,
      scales: { x: { time: false }, y: { range: rangeWithErrors(cols[1], cols[3]) } },
      axes: [{ label: xLabel }, yAxis("(R++ − R−−)/(R++ + R−−)")],
      series: [{ label: xLabel }, pointsOnly(sa.dataLabel, COLORS.data),
        { label: sa.modelLabel, stroke: COLORS.model, width: 2 }],
      plugins: [errorBars(1, cols[3], false)]
    }, [cols[0], cols[1], cols[2]], box);
    if (sa.note) {
      var note = document.createElement("p");
      note.className = "muted";
      note.textContent = sa.note;
      box.appendChild(note);
    }
  }

  function drawSweep(container, spec) {
    spec.trends.forEach(function (t) {
      var box = figure(container, t.unit ? t.name + " (" + t.unit + ")" : t.name);
      var cols = sortedBy(t.x, [t.value, t.error]);
      new uPlot({
        width: width(box), height: 260,
        scales: { x: { time: false }, y: t.logY ? { distr: 3 } : { range: rangeWithErrors(cols[1], cols[2]) } },
        axes: [{ label: spec.x }, yAxis(t.unit ? t.name + " (" + t.unit + ")" : t.name)],
        series: [{ label: spec.x }, { label: t.name, stroke: COLORS.data, width: 1.5, points: { show: true, size: 6 } }],
        plugins: [errorBars(1, cols[2], t.logY)]
      }, [cols[0], forLog(cols[1], t.logY)], box);
    });
  }

  function drawAll() {
    var containers = document.querySelectorAll("[data-evofit-plots]:not([data-drawn])");
    for (var i = 0; i < containers.length; i++) {
      var container = containers[i];
      var source = document.getElementById(container.getAttribute("data-source"));
      container.setAttribute("data-drawn", "");
      if (typeof uPlot === "undefined" || !source) {
        container.textContent = "The plots need uPlot, which did not load; the PNG and SVG charts are linked below.";
        continue;
      }
      var spec = JSON.parse(source.textContent);
      (container.getAttribute("data-evofit-plots") === "run" ? drawRun : drawSweep)(container, spec);
    }
  }

  window.evofitPlots = { drawAll: drawAll };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
  // Results swapped into a live page (htmx) are drawn when they arrive.
  document.addEventListener("htmx:afterSwap", drawAll);
})();
