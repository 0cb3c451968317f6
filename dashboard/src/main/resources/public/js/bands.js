// Chart.js plugin: the predikat bands drawn behind the data, per year column, because the bands depend on the
// framework in force that year (Pemdi 2026 has other bounds than the SPBE index).
window.PredikatBands = (() => {
  // one soft colour per predikat rank, lowest (Kurang) to highest (Memuaskan)
  const COLOURS = ['rgba(211,47,47,0.10)', 'rgba(245,124,0,0.10)', 'rgba(251,192,45,0.12)',
    'rgba(104,159,56,0.12)', 'rgba(46,125,50,0.16)'];

  const plugin = {
    id: 'predikatBands',
    beforeDatasetsDraw(chart, args, options) {
      const columns = options.columns || [];
      const { ctx, chartArea, scales } = chart;
      if (!columns.length || !scales.x || !scales.y) return;
      const step = columns.length > 1 ? scales.x.getPixelForValue(1) - scales.x.getPixelForValue(0) : chartArea.width;
      ctx.save();
      columns.forEach((column, index) => {
        const centre = scales.x.getPixelForValue(index);
        const left = Math.max(chartArea.left, centre - step / 2);
        const right = Math.min(chartArea.right, centre + step / 2);
        column.bands.forEach((band, rank) => {
          const top = scales.y.getPixelForValue(band.upper === null ? scales.y.max : Math.min(band.upper, scales.y.max));
          const bottom = scales.y.getPixelForValue(Math.max(band.lower, scales.y.min));
          if (bottom <= top) return;
          ctx.fillStyle = COLOURS[Math.min(rank, COLOURS.length - 1)];
          ctx.fillRect(left, top, right - left, bottom - top);
        });
      });
      // the predikat's name on its band, once per run of years under the same framework (in its last column)
      ctx.font = '10px system-ui, sans-serif';
      ctx.fillStyle = 'rgba(40,48,56,0.75)';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      const labels = [];
      columns.forEach((column, index) => {
        const next = columns[index + 1];
        if (next && JSON.stringify(next.bands) === JSON.stringify(column.bands)) return;
        const right = Math.min(chartArea.right, scales.x.getPixelForValue(index) + step / 2) - 3;
        column.bands.forEach((band) => {
          if (!band.name) return;
          const top = scales.y.getPixelForValue(band.upper === null ? scales.y.max : Math.min(band.upper, scales.y.max));
          const bottom = scales.y.getPixelForValue(Math.max(band.lower, scales.y.min));
          if (bottom - top < 12) return;
          ctx.fillText(band.name, right, (top + bottom) / 2);
          labels.push(band.name);
        });
      });
      chart.$predikatLabels = labels;
      ctx.restore();
    },
  };

  return { plugin };
})();
