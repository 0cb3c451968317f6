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
      breaks.forEach(({ index, label }) => {
        const x = (scales.x.getPixelForValue(index - 1) + scales.x.getPixelForValue(index)) / 2;
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        // the label goes left of the line when it would run off the chart's right edge
        const width = ctx.measureText(label).width;
        ctx.fillText(label, x + 4 + width > chartArea.right ? x - 4 - width : x + 4, chartArea.top + 12);
      });
      ctx.restore();
    },
  };

  function register() {
    Chart.register(PredikatBands.plugin, frameworkBreaks);
    Chart.defaults.animation = false;
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  }

  // draws (or redraws) the chart on canvas #id; the canvas names its data table for screen readers
  function draw(id, config, description) {
    const canvas = document.getElementById(id);
    if (charts.has(id)) charts.get(id).destroy();
    canvas.setAttribute('aria-label', description);
    config.options = { responsive: true, maintainAspectRatio: false, ...config.options };
    charts.set(id, new Chart(canvas, config));
  }

  function clear(id) {
    if (charts.has(id)) charts.get(id).destroy();
    charts.delete(id);
  }

  function numberAxis(min, max) {
    return { min, max, ticks: { callback: (v) => I18n.num(v, 1) } };
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

  return { COLOURS, register, draw, clear, numberAxis, tooltip, breakSegments };
})();
