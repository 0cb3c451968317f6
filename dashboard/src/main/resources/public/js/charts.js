// Chart.js set-up shared by the views: no animation (tests and slow PCs), numbers in the chosen language, a
// plugin that marks framework changes with a dashed vertical line. Every chart has its data in a table beside it.
window.Charts = (() => {
  const COLOURS = { official: '#0b5cad', self: '#c26b00', target: '#2e7d32', grey: '#6b7785', violet: '#6a3d9a',
    teal: '#00838f' };
  const charts = new Map();

  const frameworkBreaks = {
    id: 'frameworkBreaks',
    afterDatasetsDraw(chart, args, options) {
      const breaks = options.indexes || [];
      const { ctx, chartArea, scales } = chart;
      if (!breaks.length || !scales.x) return;
      ctx.save();
      ctx.strokeStyle = '#555';
      ctx.fillStyle = '#333';
      ctx.setLineDash([4, 4]);
      ctx.font = '11px system-ui, sans-serif';
      const placed = [];
      breaks.forEach(({ index, label }) => {
        const x = (scales.x.getPixelForValue(index - 1) + scales.x.getPixelForValue(index)) / 2;
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        // the label goes left of the line when it would run off the chart's right edge, and one line lower
        // when it would overlap a label already placed (two changes a few years apart on a phone)
        const width = ctx.measureText(label).width;
        const left = x + 4 + width > chartArea.right ? Math.max(chartArea.left, x - 4 - width) : x + 4;
        let row = 0;
        while (placed.some((p) => p.row === row && left < p.right + 6 && left + width > p.left - 6)) row += 1;
        placed.push({ left, right: left + width, row });
        ctx.fillText(label, left, chartArea.top + 12 + row * 14);
      });
      chart.$frameworkBreakLabels = placed;
      ctx.restore();
    },
  };

  function register() {
    Chart.register(PredikatBands.plugin, frameworkBreaks);
    Chart.defaults.animation = false;
    // legend swatches drawn as the lines themselves (colour and dash), not as filled boxes
    Chart.defaults.plugins.legend.labels.usePointStyle = true;
    Chart.defaults.plugins.legend.labels.pointStyle = 'line';
    Chart.defaults.plugins.legend.labels.pointStyleWidth = 34;
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  }

  // draws (or redraws) the chart on canvas #id; the canvas names its data table for screen readers
  function draw(id, config, description) {
    const canvas = document.getElementById(id);
    if (charts.has(id)) charts.get(id).destroy();
    const values = (config.data.datasets || []).flatMap((d) => d.data).filter((v) => v !== null && v !== undefined);
    if (values.length === 0) {
      empty(id, I18n.t('chart.empty'));
      return;
    }
    explain(canvas, null);
    canvas.setAttribute('aria-label', description);
    config.options = { responsive: true, maintainAspectRatio: false, ...config.options };
    charts.set(id, new Chart(canvas, config));
  }

  function clear(id) {
    if (charts.has(id)) charts.get(id).destroy();
    charts.delete(id);
  }

  // a chart with nothing to draw says why in words, instead of an empty panel
  function empty(id, text) {
    clear(id);
    explain(document.getElementById(id), text);
  }

  function explain(canvas, text) {
    const box = canvas.closest('.chart-box') || canvas;
    let note = box.nextElementSibling && box.nextElementSibling.classList.contains('chart-empty') ? box.nextElementSibling : null;
    box.hidden = Boolean(text);
    if (!text) { if (note) note.remove(); return; }
    if (!note) {
      note = document.createElement('p');
      note.className = 'note chart-empty';
      box.after(note);
    }
    note.textContent = text;
  }

  // a long axis name over a few short lines ("A7 Layanan Administrasi / Pemerintahan ...") for a radar's axes
  function wrap(text, width = 18) {
    const lines = [];
    String(text).split(/\s+/).forEach((word) => {
      const last = lines.length ? lines[lines.length - 1] : null;
      if (last !== null && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    });
    return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
  }

  // an index axis with its title ("Indeks"), ticks in the chosen language
  function numberAxis(min, max, title) {
    return { min, max, ticks: { callback: (v) => I18n.num(v, 1) },
      title: { display: true, text: title || I18n.t('axis.index') } };
  }

  function yearAxis() {
    return { title: { display: true, text: I18n.t('axis.year') } };
  }

  function tooltip(digits = 2) {
    const value = (c) => (c.chart.config.type === 'radar' ? c.parsed.r
      : c.chart.options.indexAxis === 'y' ? c.parsed.x : c.parsed.y);
    return { callbacks: { label: (c) => `${c.dataset.label}: ${I18n.num(value(c), digits)}` } };
  }

  // a line segment that crosses a framework change is not drawn: indices on two frameworks are not one series
  function breakSegments(breakIndexes) {
    const starts = new Set(breakIndexes);
    return { borderColor: (ctx) => (starts.has(ctx.p1DataIndex) ? 'transparent' : undefined) };
  }

  return { COLOURS, register, draw, clear, empty, wrap, numberAxis, yearAxis, tooltip, breakSegments };
})();
