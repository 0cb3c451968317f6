// Domain & aspek: a radar of the aspects and bars of the domains (penilaian mandiri, official, target), their
// tables, and the indicators of the domain or aspect drilled into (a bar or a row's button sets the filter).
(() => {
  const value = (v) => (v === null || v === undefined ? null : Number(v));

  function datasets(rows, source) {
    const sets = [];
    if (source !== 'self_assessment') {
      sets.push({ label: I18n.t('series.official'), data: rows.map((r) => value(r.official)),
        borderColor: Charts.COLOURS.official, backgroundColor: 'rgba(11,92,173,0.55)' });
    }
    if (source !== 'official') {
      sets.push({ label: I18n.t('series.selfAssessment'), data: rows.map((r) => value(r.self_assessment)),
        borderColor: Charts.COLOURS.self, backgroundColor: 'rgba(194,107,0,0.45)' });
    }
    sets.push({ label: I18n.t('series.levelTarget'), data: rows.map((r) => value(r.target)), borderColor: Charts.COLOURS.target,
      backgroundColor: 'rgba(46,125,50,0.35)' });
    return sets;
  }

  function drill(params) {
    Shell.setParams(params, true);
    Shell.reload();
  }

  function charts(data) {
    const source = data.selection.source;
    const radar = datasets(data.aspects, source).map((d) => ({ ...d, backgroundColor: 'transparent', pointRadius: 3 }));
    Charts.draw('aspect-radar', {
      type: 'radar',
      // every axis named (code and name), the level ticks on a light backdrop so that they stay clear of the names
      data: { labels: data.aspects.map((a) => Charts.wrap(`${a.code} ${a.name}`)), datasets: radar },
      options: { scales: { r: { min: 0, max: 5, ticks: { stepSize: 1, callback: (v) => I18n.num(v, 0),
        backdropColor: 'rgba(255,255,255,0.85)', font: { size: 10 } }, pointLabels: { font: { size: 11 } } } },
        plugins: { tooltip: { callbacks: { title: (items) => { const a = data.aspects[items[0].dataIndex]; return `${a.code} ${a.name}`; },
          label: (c) => `${c.dataset.label}: ${I18n.num(c.parsed.r)}` } } } },
    }, `${I18n.t('domain.radarTitle')}. ${I18n.t('domain.aspectsCaption', { year: data.selection.year })}.`);
    if (data.domains.length === 0) {
      // Indeks Pemdi has aspects only: the bars' panel is hidden and the note above says why
      Charts.clear('domain-bars');
      return;
    }
    Charts.draw('domain-bars', {
      type: 'bar',
      data: { labels: data.domains.map((d) => `${d.code} ${d.name}`), datasets: datasets(data.domains, source) },
      options: { scales: { y: Charts.numberAxis(0, 5, I18n.t('axis.index')) }, plugins: { tooltip: Charts.tooltip() },
        onClick: (event, elements) => { if (elements.length) drill({ domain: data.domains[elements[0].index].code, aspect: null }); } },
    }, `${I18n.t('domain.barsTitle')}. ${I18n.t('domain.domainsCaption', { year: data.selection.year })}.`);
  }

  function drillButton(params, label) {
    return (td, row, text) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = text;
      button.setAttribute('aria-label', `${I18n.t('domain.drill')}: ${label(row)}`);
      button.addEventListener('click', () => drill(params(row)));
      td.append(button);
    };
  }

  function scopeColumns(nameKey, params) {
    return [
      { key: 'code', label: 'col.code', render: drillButton(params, (r) => `${r.code} ${r.name}`) },
      { key: 'name', label: nameKey },
      { key: 'weight_pct', label: 'col.weight', type: 'num' },
      { key: 'official', label: 'col.official', type: 'num' },
      { key: 'self_assessment', label: 'col.selfAssessment', type: 'num' },
      // the index its indicators' target levels give (not the RPJMD target); none where a target was not given
      { key: 'target', label: 'col.levelTarget', type: 'num',
        render: (td, r, text) => { td.textContent = r.target === null ? I18n.t('table.noTarget') : text; } },
      { key: 'indicators', label: 'col.indicators', type: 'int' },
    ];
  }

  function tables(data) {
    const year = data.selection.year;
    Tables.render(document.getElementById('domain-table'), { caption: I18n.t('domain.domainsCaption', { year }),
      rows: data.domains, columns: scopeColumns('col.domainName', (r) => ({ domain: r.code, aspect: null })) });
    Tables.render(document.getElementById('aspect-table'), { caption: I18n.t('domain.aspectsCaption', { year }),
      rows: data.aspects, columns: scopeColumns('col.aspectName', (r) => ({ domain: r.parent_code, aspect: r.code })) });
    document.getElementById('domain-table').hidden = data.domains.length === 0;
    document.getElementById('domain-exports').replaceChildren(data.domains.length ? Shell.exportLinks('domain', 'dataset.domain') : '');
    document.getElementById('aspect-exports').replaceChildren(Shell.exportLinks('aspek', 'dataset.aspek'));
  }

  function indicators(data) {
    const s = data.selection;
    const picked = s.aspect_code || s.domain_code;
    document.getElementById('drill-hint').hidden = Boolean(picked);
    const table = document.getElementById('indicator-table');
    table.hidden = !picked;
    document.getElementById('indicator-exports').replaceChildren(picked ? Shell.exportLinks('indikator', 'dataset.indikator') : '');
    if (!picked) return;
    const scope = s.aspect_code ? data.aspects.find((a) => a.code === s.aspect_code)
      : data.domains.find((d) => d.code === s.domain_code);
    Tables.render(table, {
      caption: I18n.t('domain.indicatorsCaption', { scope: scope ? `${scope.code} ${scope.name}` : picked }),
      rows: data.indicators,
      columns: [
        { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
        { key: 'indicator_name', label: 'col.indicatorName', wide: true },
        { key: 'aspect_code', label: 'col.aspectCode' },
        { key: 'self_level', label: 'col.selfLevel', type: 'level',
          render: (td, r, text) => { td.textContent = r.self_assessment_hidden ? I18n.t('table.hiddenSelf') : text; } },
        { key: 'official_level', label: 'col.officialLevel', type: 'level' },
        ...Targets.columns(),
        { key: 'opd_name', label: 'col.opd' },
      ],
    });
  }

  function render(data) {
    const noDomains = data.domains.length === 0 && data.aspects.length > 0;
    const note = document.getElementById('domain-note');
    const notes = [];
    if (noDomains) notes.push(I18n.t('domain.noDomains', { year: data.selection.year }));
    else if (data.domains.length === 0 && data.aspects.length === 0) notes.push(I18n.t('domain.noData'));
    if (data.self_indices_hidden) notes.push(I18n.t('domain.selfHidden'));
    note.hidden = notes.length === 0;
    note.textContent = notes.join(' ');
    document.getElementById('bars-panel').hidden = data.domains.length === 0;
    charts(data);
    tables(data);
    indicators(data);
  }

  document.addEventListener('DOMContentLoaded', () => {
    Charts.register();
    Shell.start({ render });
  });
})();
