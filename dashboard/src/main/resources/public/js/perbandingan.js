// Perbandingan: the instansi's official index against the loaded instansi of its kind, its province and the whole
// load, the published national index; the peers of one year; domains against published national figures.
(() => {
  const set = (id, text) => { document.getElementById(id).textContent = text; };
  const value = (v) => (v === null || v === undefined ? null : Number(v));
  // no other loaded instansi of its kind that year: no rank, percentile or mean of peers to show
  const alone = (b) => Number(b.peer_count) <= 1;
  const peerFigure = (key) => (b) => (b.peer_count === undefined || alone(b) ? null : b[key]);

  function note(data) {
    const mine = data.benchmarks.find((b) => b.year === data.selection.year);
    const parts = [];
    if (!data.benchmark_loaded) parts.push(I18n.t('perbandingan.notLoaded'));
    if (!data.national_loaded) parts.push(I18n.t('perbandingan.nationalNotLoaded'));
    if (mine && alone(mine)) {
      // one of one is no ranking: said plainly, never "Peringkat 1 dari 1, persentil 100"
      parts.push(I18n.t('perbandingan.alone', { kind: I18n.code(mine.instansi_kind), year: mine.year }));
    } else if (mine) {
      parts.push(I18n.t('perbandingan.rank', { rank: mine.rank_in_kind, count: mine.peer_count, kind: I18n.code(mine.instansi_kind) }));
      parts.push(I18n.t('perbandingan.loadedNote', { count: mine.instansi_loaded }));
    }
    set('bench-note', parts.join(' '));
  }

  // the years of the instansi's benchmark and of every published national index, so that a national figure of a
  // year without the instansi's own index is plotted too; each year with its framework
  function years(data) {
    const byYear = new Map();
    (data.national || []).filter((n) => n.scope === 'index').forEach((n) => byYear.set(n.year, { year: n.year,
      framework_id: n.framework_id }));
    data.benchmarks.forEach((b) => byYear.set(b.year, b));
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  }

  function trendChart(data) {
    const rows = years(data);
    const kind = data.benchmarks.length ? I18n.code(data.benchmarks[data.benchmarks.length - 1].instansi_kind) : '';
    // indices on two frameworks are not one series: no line joins a year to the next across a framework change
    const breaks = rows.map((r, index) => ({ r, index }))
      .filter(({ r, index }) => index > 0 && r.framework_id !== rows[index - 1].framework_id)
      .map(({ r, index }) => ({ index, label: I18n.t('series.frameworkBreak', { framework: I18n.code(r.framework_id) }) }));
    const segment = Charts.breakSegments(breaks.map((b) => b.index));
    const line = (label, values, colour, dash) => ({ label, data: values.map(value), borderColor: colour,
      backgroundColor: colour, borderDash: dash || [], pointRadius: 4, spanGaps: false, segment });
    const published = publishedNational(data);
    Charts.draw('bench-chart', {
      type: 'line',
      data: { labels: rows.map((r) => String(r.year)), datasets: [
        line(I18n.t('series.official'), rows.map((r) => r.index_value), Charts.COLOURS.official),
        line(I18n.t('series.kindMean', { kind }), rows.map(peerFigure('kind_mean')), Charts.COLOURS.self, [6, 4]),
        line(I18n.t('series.provinceMean'), rows.map((r) => r.province_mean), Charts.COLOURS.teal, [3, 3]),
        line(I18n.t('series.nationalMean'), rows.map((r) => r.national_mean), Charts.COLOURS.grey, [2, 4]),
        line(I18n.t('series.nationalPublished'), rows.map((r) => published.get(r.year) ?? r.national_published),
          Charts.COLOURS.violet, [8, 3]),
      ] },
      options: { scales: { x: Charts.yearAxis(), y: Charts.numberAxis(1, 5, I18n.t('axis.index')) },
        plugins: { frameworkBreaks: { indexes: breaks }, tooltip: Charts.tooltip() } },
    }, `${I18n.t('perbandingan.trendTitle')}. ${I18n.t('perbandingan.benchmarkCaption')}.`);
  }

  // the published national index (scope index) of every year it has, also where no benchmark row carries it
  function publishedNational(data) {
    const byYear = new Map();
    (data.national || []).filter((n) => n.scope === 'index' && n.index_value !== null)
      .forEach((n) => byYear.set(n.year, n.index_value));
    return byYear;
  }

  function peersChart(data) {
    const peers = data.peers;
    Charts.draw('peers-chart', {
      type: 'bar',
      data: { labels: peers.map((p) => p.instansi_name), datasets: [{ label: I18n.t('series.official'),
        data: peers.map((p) => Number(p.index_value)),
        backgroundColor: peers.map((p) => (p.is_selected ? Charts.COLOURS.official : 'rgba(107,119,133,0.55)')) }] },
      options: { indexAxis: 'y', scales: { x: Charts.numberAxis(0, 5) }, plugins: { legend: { display: false }, tooltip: Charts.tooltip() } },
    }, `${I18n.t('perbandingan.peersTitle', { year: data.selection.year })}.`);
  }

  function tables(data) {
    const year = data.selection.year;
    Tables.render(document.getElementById('bench-table'), {
      caption: I18n.t('perbandingan.benchmarkCaption'),
      rows: data.benchmarks,
      columns: [
        { key: 'year', label: 'col.year', type: 'int' },
        { key: 'index_value', label: 'col.official', type: 'num' },
        { key: 'rank_in_kind', label: 'col.rank', type: 'int', value: peerFigure('rank_in_kind') },
        { key: 'peer_count', label: 'col.peerCount', type: 'int' },
        { key: 'percentile_in_kind', label: 'col.percentile', type: 'num', value: peerFigure('percentile_in_kind') },
        { key: 'kind_mean', label: 'col.kindMean', type: 'num', value: peerFigure('kind_mean') },
        { key: 'province_mean', label: 'col.provinceMean', type: 'num' },
        { key: 'national_mean', label: 'col.nationalMean', type: 'num' },
        { key: 'national_published', label: 'col.nationalPublished', type: 'num' },
      ],
    });
    document.getElementById('bench-exports').replaceChildren(Shell.exportLinks('perbandingan', 'dataset.perbandingan'));
    Tables.render(document.getElementById('peers-table'), {
      caption: I18n.t('perbandingan.peersCaption', { year }),
      rows: data.peers,
      columns: [
        { key: 'instansi_name', label: 'col.instansiName' },
        { key: 'instansi_code', label: 'col.instansiCode' },
        { key: 'province_name', label: 'col.province' },
        { key: 'index_value', label: 'col.official', type: 'num' },
        { key: 'predikat', label: 'col.predikat', value: (p) => (p.predikat ? I18n.predikat(p.predikat, p.predikat_en) : null) },
      ],
      rowClass: (p) => (p.is_selected ? 'selected' : ''),
    });
    document.getElementById('peers-exports').replaceChildren(Shell.exportLinks('sejawat', 'dataset.sejawat'));
    Tables.render(document.getElementById('domains-table'), {
      caption: I18n.t('perbandingan.domainsCaption', { year }),
      rows: data.domains,
      columns: [
        { key: 'domain_code', label: 'col.domainCode' },
        { key: 'domain_name', label: 'col.domainName' },
        { key: 'instansi_value', label: 'col.official', type: 'num' },
        { key: 'national_published', label: 'col.nationalPublished', type: 'num' },
      ],
    });
    document.getElementById('domains-exports').replaceChildren(Shell.exportLinks('domain-nasional', 'dataset.domain-nasional'));
    Tables.render(document.getElementById('national-table'), {
      caption: I18n.t('perbandingan.nationalCaption'),
      rows: data.national,
      columns: [
        { key: 'year', label: 'col.year', type: 'int' },
        { key: 'scope', label: 'col.scope', type: 'code' },
        { value: (n) => (n.domain_code ? `${n.domain_code} ${n.domain_name || ''}` : ''), label: 'col.domainCode' },
        { key: 'index_value', label: 'col.nationalPublished', type: 'num' },
        { key: 'status', label: 'col.status', type: 'code' },
      ],
    });
    document.getElementById('national-exports').replaceChildren(Shell.exportLinks('nasional', 'dataset.nasional'));
  }

  function render(data) {
    set('peers-title', I18n.t('perbandingan.peersTitle', { year: data.selection.year }));
    note(data);
    trendChart(data);
    peersChart(data);
    tables(data);
  }

  document.addEventListener('DOMContentLoaded', () => {
    Charts.register();
    Shell.start({ render });
  });
})();
