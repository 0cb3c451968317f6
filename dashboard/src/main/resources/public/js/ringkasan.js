// Ringkasan: the latest official index and predikat, the distance to the RPJMD target, the self-assessment
// beside it, and the trend chart with the target path and predikat bands. Filters live in the URL.
(() => {
  const state = { instansi: null, data: null, chart: null };

  function params() {
    return new URLSearchParams(location.search);
  }

  function setParam(name, value) {
    const p = params();
    p.set(name, value);
    history.replaceState(null, '', `${location.pathname}?${p}`);
  }

  function showMessage(text) {
    const box = document.getElementById('message');
    box.textContent = text;
    box.hidden = !text;
  }

  async function init() {
    Chart.register(PredikatBands.plugin);
    const lang = document.getElementById('lang');
    lang.value = I18n.pick();
    await I18n.load(lang.value);
    setParam('lang', lang.value);
    lang.addEventListener('change', async () => {
      await I18n.load(lang.value);
      setParam('lang', lang.value);
      render();
    });
    try {
      const list = await Api.get('/api/instansi');
      fillInstansi(list.instansi);
      await load();
    } catch (e) {
      showMessage(e.status === 503 ? I18n.t('error.nothingPublished') : I18n.t('error.generic', { message: e.message }));
      document.body.dataset.ready = 'true';
    }
  }

  function fillInstansi(list) {
    const select = document.getElementById('instansi');
    select.replaceChildren(...list.map((i) => new Option(`${i.instansi_name} (${i.instansi_code})`, i.instansi_code)));
    const wanted = params().get('instansi');
    select.value = list.some((i) => i.instansi_code === wanted) ? wanted : (list[0] ? list[0].instansi_code : '');
    select.addEventListener('change', () => load());
  }

  async function load() {
    const instansi = document.getElementById('instansi').value;
    setParam('instansi', instansi);
    state.data = await Api.get('/api/ringkasan', { instansi });
    showMessage('');
    render();
  }

  function frameworkFor(year) {
    return state.data.frameworks.find((f) => year >= f.year_from && (f.year_to === null || year <= f.year_to));
  }

  function pointsBy(source) {
    return new Map(state.data.series.filter((p) => p.source === source).map((p) => [p.year, p]));
  }

  function render() {
    if (!state.data) return;
    const official = pointsBy('official');
    const self = pointsBy('self_assessment');
    const targets = new Map(state.data.targets.map((t) => [t.year, t]));
    const years = [...new Set([...official.keys(), ...self.keys(), ...targets.keys()])].sort((a, b) => a - b);
    renderCards(official, self, targets);
    renderChart(years, official, self, targets);
    renderTable(years, official, self, targets);
    document.getElementById('data-version').textContent = state.data.version;
    document.body.dataset.ready = 'true';
  }

  function latest(map) {
    const years = [...map.keys()].sort((a, b) => b - a);
    return years.length ? map.get(years[0]) : null;
  }

  function comparable(target, year) {
    const framework = frameworkFor(year);
    return !framework || framework.index_scale === target.index_scale;
  }

  function renderCards(official, self, targets) {
    const last = latest(official);
    document.getElementById('latest-value').textContent = last ? I18n.num(last.index_value) : I18n.t('ringkasan.noData');
    document.getElementById('latest-detail').textContent = last
      ? `${last.year} · ${I18n.lang() === 'en' ? last.predikat_en + ' (' + last.predikat + ')' : last.predikat}`
        + (last.is_illustrative ? ` · ${I18n.t('ringkasan.illustrative')}` : '') : '';
    const target = last ? targets.get(last.year) || latest(targets) : latest(targets);
    document.getElementById('target-value').textContent = target ? I18n.num(target.target_index) : '–';
    let detail = '';
    if (target && last) {
      const gap = Number(target.target_index) - Number(last.index_value);
      detail = !comparable(target, last.year)
        ? I18n.t('ringkasan.notComparable', { targetScale: target.index_scale, scale: last.index_scale })
        : gap > 0 ? I18n.t('ringkasan.distance', { gap: I18n.num(gap), target: I18n.num(target.target_index), year: target.year })
          : I18n.t('ringkasan.reached', { target: I18n.num(target.target_index), year: target.year });
    }
    document.getElementById('target-detail').textContent = detail;
    const lastSelf = latest(self);
    document.getElementById('self-value').textContent = lastSelf ? I18n.num(lastSelf.index_value) : '–';
    document.getElementById('self-detail').textContent = lastSelf
      ? `${lastSelf.year} · ${lastSelf.index_name} · ${I18n.lang() === 'en' ? lastSelf.predikat_en : lastSelf.predikat}` : '';
  }

  function bandColumns(years) {
    return years.map((year) => {
      const framework = frameworkFor(year);
      const bands = state.data.bands.filter((b) => framework && b.framework_id === framework.framework_id)
        .map((b) => ({ lower: Number(b.lower_inclusive), upper: b.upper_exclusive === null ? null : Number(b.upper_exclusive) }))
        .sort((a, b) => a.lower - b.lower);
      return { year, bands };
    });
  }

  function renderChart(years, official, self, targets) {
    const value = (map, year) => (map.has(year) ? Number(map.get(year).index_value) : null);
    const targetValue = (year) => (targets.has(year) && comparable(targets.get(year), year) ? Number(targets.get(year).target_index) : null);
    const config = {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: [
          { label: I18n.t('series.official'), data: years.map((y) => value(official, y)), borderColor: '#0b5cad',
            backgroundColor: '#0b5cad', borderWidth: 3, pointRadius: 5, spanGaps: false },
          { label: I18n.t('series.selfAssessment'), data: years.map((y) => value(self, y)), borderColor: '#c26b00',
            backgroundColor: '#c26b00', borderDash: [6, 4], pointRadius: 4, spanGaps: false },
          { label: I18n.t('series.target'), data: years.map(targetValue), borderColor: '#2e7d32', backgroundColor: '#2e7d32',
            stepped: 'middle', borderDash: [2, 3], pointStyle: 'rectRot', pointRadius: 4, spanGaps: false },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { min: 1, max: 5, ticks: { callback: (v) => I18n.num(v, 1) } } },
        plugins: {
          predikatBands: { columns: bandColumns(years) },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${I18n.num(c.parsed.y)}` } },
        },
      },
    };
    if (state.chart) state.chart.destroy();
    state.chart = new Chart(document.getElementById('trend-chart'), config);
  }

  function cell(text, numeric) {
    const td = document.createElement('td');
    td.textContent = text;
    if (numeric) td.className = 'num';
    return td;
  }

  function renderTable(years, official, self, targets) {
    const body = document.querySelector('#trend-table tbody');
    body.replaceChildren(...years.map((year) => {
      const o = official.get(year);
      const s = self.get(year);
      const t = targets.get(year);
      const framework = frameworkFor(year);
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = year;
      tr.append(th, cell(framework ? framework.framework_id : ''), cell(o ? I18n.num(o.index_value) : '–', true),
        cell(o ? (I18n.lang() === 'en' ? o.predikat_en : o.predikat) : ''), cell(s ? I18n.num(s.index_value) : '–', true),
        cell(t ? I18n.num(t.target_index) + (comparable(t, year) ? '' : ' *') : '–', true));
      return tr;
    }));
  }

  document.addEventListener('DOMContentLoaded', init);
})();
