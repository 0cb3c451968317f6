// Perbandingan: the instansi's official index against the loaded instansi of its kind, its province and the whole
// load, the published national index; the peers of one year; domains against published national figures.
(() => {
  const set = (id, text) => { document.getElementById(id).textContent = text; };
  const value = (v) => (v === null || v === undefined ? null : Number(v));

  function note(data) {
    const mine = data.benchmarks.find((b) => b.year === data.selection.year);
    const parts = [];
    if (!data.benchmark_loaded) parts.push(I18n.t('perbandingan.notLoaded'));
    if (!data.national_loaded) parts.push(I18n.t('perbandingan.nationalNotLoaded'));
    if (mine) {
      parts.push(I18n.t('perbandingan.rank', { rank: mine.rank_in_kind, count: mine.peer_count, kind: I18n.code(mine.instansi_kind) }));
      parts.push(I18n.t('perbandingan.loadedNote', { count: mine.instansi_loaded }));
    }
    set('bench-note', parts.join(' '));
  }

  function trendChart(data) {
    const rows = data.benchmarks;
    const kind = rows.length ? I18n.code(rows[rows.length - 1].instansi_kind) : '';
    const line = (label, key, colour, dash) => ({ label, data: rows.map((r) => value(r[key])), borderColor: colour,
      backgroundColor: colour, borderDash: dash || [], pointRadius: 4, spanGaps: false });
    Charts.draw('bench-chart', {
      type: 'line',
      data: { labels: rows.map((r) => String(r.year)), datasets: [
        line(I18n.t('series.official'), 'index_value', Charts.COLOURS.official),
        line(I18n.t('series.kindMean', { kind }), 'kind_mean', Charts.COLOURS.self, [6, 4]),
        line(I18n.t('series.provinceMean'), 'province_mean', Charts.COLOURS.teal, [3, 3]),
        line(I18n.t('series.nationalMean'), 'national_mean', Charts.COLOURS.grey, [2, 4]),
        line(I18n.t('series.nationalPublished'), 'national_published', Charts.COLOURS.violet, [8, 3]),
      ] },
      options: { scales: { y: Charts.numberAxis(1, 5) }, plugins: { tooltip: Charts.tooltip() } },
    }, `${I18n.t('perbandingan.trendTitle')}. ${I18n.t('perbandingan.benchmarkCaption')}.`);
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
        { key: 'rank_in_kind', label: 'col.rank', type: 'int' },
        { key: 'peer_count', label: 'col.peerCount', type: 'int' },
        { key: 'percentile_in_kind', label: 'col.percentile', type: 'num' },
        { key: 'kind_mean', label: 'col.kindMean', type: 'num' },
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
        { key: 'predikat', label: 'col.predikat' },
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
        { key: 'scope', label: 'col.scope' },
        { value: (n) => (n.domain_code ? `${n.domain_code} ${n.domain_name || ''}` : ''), label: 'col.domainCode' },
        { key: 'index_value', label: 'col.nationalPublished', type: 'num' },
        { key: 'status', label: 'col.status' },
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
