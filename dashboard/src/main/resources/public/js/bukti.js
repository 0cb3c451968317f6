// Bukti dukung: for one year and snapshot, the index the accepted evidence supports (a simulation, never an
// official value) beside the penilaian mandiri and the last official value; the indicator × level matrix by status;
// the OPD to-do list (filters by OPD, status and indicator; the per-OPD XLSX); the per-OPD summary; the progress
// line over the year's snapshots; and the claimed against the evidence-supported level. All figures are the
// pipeline's; this page only lays them out.
(() => {
  const el = (...args) => Shell.el(...args);
  // the legend's order: what is done, what must be redone, then the rest by urgency
  const STATUSES = ['diterima', 'revisi', 'belum', 'draf', 'proses', 'tanpa_item', 'eksternal'];
  const TODO_STATUSES = ['revisi', 'belum', 'draf', 'proses'];
  const todoFilter = { opd: '', status: '', indicator: '' };

  function date(value) {
    if (!value) return '–';
    const [y, m, d] = value.split('-').map(Number);
    return new Intl.DateTimeFormat(I18n.locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  function empty(data) {
    const box = document.getElementById('ev-empty');
    const year = data.selection.year;
    let title;
    let text;
    if (!data.published) {
      title = I18n.t('bukti.notPublishedTitle');
      text = I18n.t('bukti.notPublished');
    } else {
      title = I18n.t('bukti.noEvidenceTitle', { year });
      text = I18n.t('bukti.noEvidence', { year, file: `bukti-dukung-${year}-<tanggal>.csv` });
    }
    document.getElementById('ev-empty-title').textContent = title;
    document.getElementById('ev-empty-text').textContent = text;
    const others = (data.evidence_years || []).filter((y) => y !== year);
    document.getElementById('ev-empty-hint').textContent = others.length
      ? I18n.t('bukti.otherYears', { years: others.join(', ') }) : I18n.t('bukti.fileHint');
    box.hidden = false;
  }

  function about(data) {
    const s = data.selection;
    const parts = [I18n.t('bukti.about', { date: date(s.snapshot_on), framework: I18n.code(data.framework_id),
      deadline: date(data.deadline) })];
    if (data.illustrative) parts.push(I18n.t('bukti.illustrative'));
    document.getElementById('ev-about').textContent = parts.join(' ');
    const scope = document.getElementById('ev-scope');
    scope.hidden = !data.scoped_opd;
    scope.textContent = data.scoped_opd ? I18n.t('bukti.scoped', { opd: data.scoped_opd }) : '';
  }

  function cards(data) {
    const index = data.index.find((r) => r.scope === 'index');
    const now = data.progress.find((p) => p.snapshot_on === data.selection.snapshot_on);
    document.getElementById('ev-supported').textContent = index ? I18n.num(index.supported_value) : '–';
    document.getElementById('ev-supported-detail').textContent = index && index.predikat
      ? I18n.t('bukti.predikat', { predikat: index.predikat }) : '';
    document.getElementById('ev-self').textContent = index ? I18n.num(index.self_assessment_value) : '–';
    document.getElementById('ev-self-detail').textContent = I18n.t('bukti.selfDetail', { year: data.selection.year });
    document.getElementById('ev-official').textContent = index ? I18n.num(index.official_value) : '–';
    document.getElementById('ev-official-detail').textContent = index && index.official_year
      ? I18n.t('bukti.officialDetail', { year: index.official_year }) : I18n.t('bukti.noOfficial');
    document.getElementById('ev-accepted').textContent = now ? `${now.items_diterima}/${now.items_total}` : '–';
    document.getElementById('ev-accepted-detail').textContent = now ? I18n.t('bukti.acceptedDetail', {
      revisi: now.items_revisi, proses: now.items_proses, draf: now.items_draf, belum: now.items_belum }) : '';
  }

  function legend(data) {
    const external = [...new Set(data.levels.filter((c) => c.level_status === 'eksternal')
      .map((c) => c.external_index).filter(Boolean))];
    const items = STATUSES.map((status) => {
      const text = status === 'eksternal' && external.length
        ? `${I18n.code(status)}: ${external.join('; ')}` : I18n.code(status);
      return el('li', {}, [el('span', { class: `ev-swatch ev-status-${status}`, 'aria-hidden': 'true' }),
        el('span', { text: `${text} — ${I18n.t(`bukti.legend.${status}`)}` })]);
    });
    items.push(el('li', {}, [el('span', { class: 'ev-swatch reached', 'aria-hidden': 'true' }),
      el('span', { text: I18n.t('bukti.legendReached') })]));
    document.getElementById('ev-legend').replaceChildren(...items);
  }

  // one row per indicator, one column per level; each cell says its status in words and its accepted/main count
  function matrix(data) {
    const table = document.getElementById('ev-matrix');
    const levels = [...new Set(data.levels.map((c) => c.level))].sort((a, b) => a - b);
    const names = new Map(data.indicators.map((r) => [r.indicator_code, r]));
    const rows = new Map();
    data.levels.forEach((c) => {
      if (!rows.has(c.indicator_code)) rows.set(c.indicator_code, []);
      rows.get(c.indicator_code).push(c);
    });
    const caption = el('caption', { text: I18n.t('bukti.matrixCaption', { date: date(data.selection.snapshot_on) }) });
    const head = el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: I18n.t('col.indicatorName') }),
      el('th', { scope: 'col', text: I18n.t('col.supportedLevel') }),
      ...levels.map((l) => el('th', { scope: 'col', text: I18n.t('bukti.levelColumn', { level: l }) }))])]);
    const body = el('tbody');
    rows.forEach((cells, code) => {
      const info = names.get(code);
      const tr = el('tr', { 'data-indicator': code });
      tr.append(el('th', { scope: 'row', text: `${code} · ${info ? info.indicator_name : ''}` }));
      const external = cells.every((c) => c.level_status === 'eksternal');
      if (external) {
        tr.append(el('td', { text: I18n.code(info ? info.value_basis : 'external_pending') }));
        const index = cells.find((c) => c.external_index);
        tr.append(el('td', { class: 'ev-status-eksternal', colspan: String(levels.length),
          text: I18n.t('bukti.externalRow', { index: index ? index.external_index : I18n.t('bukti.externalUnknown') }) }));
      } else {
        tr.append(el('td', { class: 'num', text: info && info.supported_level !== null ? String(info.supported_level) : '–' }));
        levels.forEach((l) => {
          const c = cells.find((x) => x.level === l);
          if (!c) { tr.append(el('td', { text: '–' })); return; }
          const counts = c.main_items > 0 ? ` (${c.main_accepted}/${c.main_items})` : '';
          const td = el('td', { class: `ev-status-${c.level_status}${c.is_reached ? ' reached' : ''}`,
            'data-status': c.level_status, text: `${c.is_reached ? '✓ ' : ''}${I18n.code(c.level_status)}${counts}` });
          td.title = I18n.t('bukti.cellTitle', { level: l, accepted: c.main_accepted, main: c.main_items,
            supporting: c.supporting_items });
          tr.append(td);
        });
      }
      body.append(tr);
    });
    if (!rows.size) body.append(el('tr', {}, [el('td', { colspan: String(levels.length + 2), text: I18n.t('table.empty') })]));
    table.replaceChildren(caption, head, body);
    document.getElementById('ev-matrix-exports').replaceChildren(Shell.exportLinks('bukti-matriks', 'dataset.bukti-matriks'));
  }

  function options(select, values, allKey, current) {
    select.replaceChildren(new Option(I18n.t(allKey), ''), ...values.map(([value, label]) => new Option(label, value)));
    select.value = values.some(([value]) => value === current) ? current : '';
    return select.value;
  }

  function todo(data) {
    const rows = data.todo;
    const opds = [...new Map(rows.map((r) => [r.opd_code || '', r.opd_name || I18n.t('bukti.noOpd')])).entries()];
    const statuses = TODO_STATUSES.filter((s) => rows.some((r) => r.status === s)).map((s) => [s, I18n.code(s)]);
    const indicators = [...new Map(rows.map((r) => [r.indicator_code, `${r.indicator_code} · ${r.indicator_name}`])).entries()];
    const selects = { opd: document.getElementById('todo-opd'), status: document.getElementById('todo-status'),
      indicator: document.getElementById('todo-indicator') };
    todoFilter.opd = options(selects.opd, opds.map(([v, l]) => [v || '-', l]), 'filter.all', todoFilter.opd);
    todoFilter.status = options(selects.status, statuses, 'filter.all', todoFilter.status);
    todoFilter.indicator = options(selects.indicator, indicators, 'filter.all', todoFilter.indicator);
    Object.entries(selects).forEach(([key, select]) => {
      select.onchange = () => { todoFilter[key] = select.value; todoTable(data); };
    });
    todoTable(data);
    document.getElementById('ev-todo-exports').replaceChildren(Shell.exportLinks('bukti-todo', 'dataset.bukti-todo'));
    const q = new URLSearchParams(Shell.params());
    q.set('lang', I18n.lang());
    document.getElementById('ev-per-opd').href = `/api/bukti/per-opd?${q}`;
  }

  function todoTable(data) {
    const shown = data.todo.filter((r) => (!todoFilter.opd || (r.opd_code || '-') === todoFilter.opd)
      && (!todoFilter.status || r.status === todoFilter.status)
      && (!todoFilter.indicator || r.indicator_code === todoFilter.indicator));
    document.getElementById('todo-shown').textContent = I18n.t('bukti.todoShown', { shown: shown.length,
      count: data.todo.length });
    Tables.render(document.getElementById('ev-todo'), {
      caption: I18n.t('bukti.todoCaption', { date: date(data.selection.snapshot_on) }),
      rows: shown,
      columns: [
        { key: 'priority', label: 'col.priority', type: 'int' },
        { key: 'opd_name', label: 'col.opd', value: (r) => r.opd_name || I18n.t('bukti.noOpd') },
        { key: 'action', label: 'col.todoAction', type: 'code' },
        { key: 'indicator_code', label: 'col.indicatorCode' },
        { key: 'level', label: 'col.level', type: 'int' },
        { key: 'item_code', label: 'col.itemCode' },
        { key: 'item_name', label: 'col.itemName', wide: true,
          value: (r) => (r.is_main ? r.item_name : `${r.item_name || ''} (${I18n.t('bukti.supporting')})`) },
        { key: 'status', label: 'col.itemStatus', type: 'code',
          render: (td, r, text) => { td.textContent = r.revision_kind ? `${text}: ${I18n.code(r.revision_kind)}` : text; } },
        { key: 'points_at_stake', label: 'col.points', type: 'num', digits: 4 },
        { key: 'is_overdue', label: 'col.overdue',
          render: (td, r) => { td.textContent = r.is_overdue ? I18n.t('bukti.overdue') : ''; if (r.is_overdue) td.classList.add('ev-overdue'); } },
      ],
      rowClass: (r) => (r.is_overdue ? 'overdue' : ''),
      detail: (r) => [r.assessor_note ? `${I18n.t('col.assessorNote')}: ${r.assessor_note}` : null,
        r.note ? `${I18n.t('col.itemNote')}: ${r.note}` : null].filter(Boolean).join('\n') || null,
    });
  }

  function opdTable(data) {
    Tables.render(document.getElementById('ev-opd'), {
      caption: I18n.t('bukti.opdCaption', { date: date(data.selection.snapshot_on) }),
      rows: data.opds,
      columns: [
        { key: 'opd_name', label: 'col.opd' },
        { key: 'points_at_stake', label: 'col.points', type: 'num', digits: 4 },
        { key: 'items_next_level', label: 'col.itemsNextLevel', type: 'int' },
        { key: 'items_total', label: 'col.itemsTotal', type: 'int' },
        { key: 'items_diterima', label: 'col.itemsDiterima', type: 'int' },
        { key: 'items_revisi', label: 'col.itemsRevisi', type: 'int' },
        { key: 'items_proses', label: 'col.itemsProses', type: 'int' },
        { key: 'items_draf', label: 'col.itemsDraf', type: 'int' },
        { key: 'items_belum', label: 'col.itemsBelum', type: 'int' },
        { key: 'items_overdue', label: 'col.itemsOverdue', type: 'int' },
      ],
    });
    document.getElementById('ev-opd-exports').replaceChildren(Shell.exportLinks('bukti-opd', 'dataset.bukti-opd'));
  }

  function progress(data) {
    const points = data.progress;
    Charts.draw('ev-progress-chart', {
      type: 'line',
      data: {
        labels: points.map((p) => date(p.snapshot_on)),
        datasets: [
          { label: I18n.t('series.itemsAccepted'), data: points.map((p) => p.items_diterima), yAxisID: 'items',
            borderColor: Charts.COLOURS.target, backgroundColor: Charts.COLOURS.target },
          { label: I18n.t('series.supportedIndex'), data: points.map((p) => Number(p.supported_index)), yAxisID: 'index',
            borderColor: Charts.COLOURS.violet, backgroundColor: Charts.COLOURS.violet, borderDash: [6, 4] },
        ],
      },
      options: {
        scales: {
          items: { position: 'left', beginAtZero: true, ticks: { precision: 0 },
            title: { display: true, text: I18n.t('series.itemsAccepted') } },
          index: { position: 'right', suggestedMin: 1, suggestedMax: 5, grid: { drawOnChartArea: false },
            ticks: { callback: (v) => I18n.num(v, 1) }, title: { display: true, text: I18n.t('series.supportedIndex') } },
        },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.dataset.yAxisID === 'index'
          ? I18n.num(c.parsed.y, 2) : c.parsed.y}` } } },
      },
    }, `${I18n.t('bukti.progressTitle')}. ${I18n.t('chart.dataTable')}.`);
    Tables.render(document.getElementById('ev-progress'), {
      caption: `${I18n.t('chart.dataTable')}: ${I18n.t('bukti.progressTitle').toLowerCase()}`,
      rows: points,
      sortable: false,
      columns: [
        { key: 'snapshot_on', label: 'col.snapshot', value: (p) => date(p.snapshot_on) },
        { key: 'items_diterima', label: 'col.itemsDiterima', type: 'int' },
        { key: 'items_total', label: 'col.itemsTotal', type: 'int' },
        { key: 'items_revisi', label: 'col.itemsRevisi', type: 'int' },
        { key: 'supported_index', label: 'col.supportedSimulation', type: 'num' },
      ],
    });
    document.getElementById('ev-progress-exports').replaceChildren(Shell.exportLinks('bukti-progres', 'dataset.bukti-progres'));
  }

  function gap(data) {
    const above = data.indicators.filter((r) => r.claims_above_evidence);
    document.getElementById('ev-gap-summary').textContent = I18n.t('bukti.gapSummary', { count: above.length,
      total: data.indicators.length });
    Tables.render(document.getElementById('ev-gap'), {
      caption: I18n.t('bukti.gapCaption', { date: date(data.selection.snapshot_on) }),
      rows: data.indicators,
      columns: [
        { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
        { key: 'indicator_name', label: 'col.indicatorName', wide: true },
        { key: 'opd_name', label: 'col.opd' },
        { key: 'claimed_value', label: 'col.claimedValue', type: 'num' },
        { key: 'supported_value', label: 'col.supportedValue', type: 'num',
          render: (td, r, text) => { td.textContent = r.value_basis === 'evidence' ? text : `${text} (${I18n.code(r.value_basis)})`; } },
        { key: 'claim_excess', label: 'col.claimExcess', type: 'num',
          render: (td, r, text) => {
            td.textContent = r.claims_above_evidence ? `${text} · ${I18n.t('bukti.claimsAbove')}` : text;
            if (r.claims_above_evidence) td.classList.add('ev-claim-above');
          } },
        { key: 'official_value', label: 'col.officialLevel', type: 'num',
          render: (td, r, text) => { td.textContent = r.official_year ? `${text} (${r.official_year})` : text; } },
        { key: 'next_level', label: 'col.nextLevel', type: 'int' },
        { key: 'next_level_open', label: 'col.nextLevelOpen', type: 'int' },
      ],
      rowClass: (r) => (r.claims_above_evidence ? 'below-target' : ''),
    });
    document.getElementById('ev-gap-exports').replaceChildren(Shell.exportLinks('bukti-indikator', 'dataset.bukti-indikator'));
  }

  function indexTable(data) {
    document.getElementById('ev-aspect-hidden').hidden = !data.aspects_hidden;
    Tables.render(document.getElementById('ev-index'), {
      caption: I18n.t('bukti.indexCaption', { date: date(data.selection.snapshot_on) }),
      rows: data.index,
      sortable: false,
      columns: [
        { key: 'scope_code', label: 'col.scope',
          value: (r) => (r.scope === 'index' ? I18n.t('bukti.indexRow') : `${r.scope_code} · ${r.aspect_name || ''}`) },
        { key: 'supported_value', label: 'col.supportedSimulation', type: 'num' },
        { key: 'predikat', label: 'col.predikat' },
        { key: 'self_assessment_value', label: 'col.selfAssessment', type: 'num' },
        { key: 'official_value', label: 'col.official', type: 'num',
          render: (td, r, text) => { td.textContent = r.official_year ? `${text} (${r.official_year})` : text; } },
      ],
    });
    document.getElementById('ev-index-exports').replaceChildren(Shell.exportLinks('bukti-indeks', 'dataset.bukti-indeks'));
  }

  function render(data) {
    const has = Boolean(data.published && data.selection.snapshot_on);
    document.getElementById('ev-body').hidden = !has;
    document.getElementById('ev-empty').hidden = has;
    if (!has) {
      empty(data);
      Charts.clear('ev-progress-chart');
      return;
    }
    about(data);
    cards(data);
    legend(data);
    matrix(data);
    todo(data);
    opdTable(data);
    progress(data);
    gap(data);
    indexTable(data);
  }

  document.addEventListener('DOMContentLoaded', () => {
    Charts.register();
    Shell.start({ render });
  });
})();
