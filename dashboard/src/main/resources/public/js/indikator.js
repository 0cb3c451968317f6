// Indikator: the gap table of one year (sortable; filtered by domain, aspect and OPD pengampu): self-assessed,
// official and target level, gap, weight, index points at stake, OPD, justification and evidence.
(() => {
  function hiddenAware(text) {
    return (td, row, shown) => { td.textContent = row.self_assessment_hidden ? I18n.t('table.hiddenSelf') : shown; };
  }

  // an externally scored indicator at the assessors' assumed 1 is a value waiting for its index, not a finding
  function officialValue(td, row, shown) {
    const basis = row.verdict && row.verdict.value_basis;
    td.textContent = shown;
    if (basis === 'external_pending' || basis === 'external_index') {
      const small = document.createElement('small');
      small.textContent = I18n.t(`indikator.${basis}`);
      td.append(document.createElement('br'), small);
      td.title = row.verdict.external_index || '';
    }
    if (basis === 'external_pending') td.classList.add('pending');
  }

  // what the assessors wrote, under the indicator's row, whole
  function verdictText(row) {
    const v = row.verdict || {};
    const lines = [];
    if (v.value_basis === 'external_pending') {
      lines.push(I18n.t('indikator.pendingDetail', { index: v.external_index || '' }));
    }
    if (v.assessor_note) lines.push(`${I18n.t('col.assessorNote')}: ${v.assessor_note}`);
    if (v.recommendation) lines.push(`${I18n.t('col.recommendation')}: ${v.recommendation}`);
    return lines.length ? lines.join('\n') : null;
  }

  // what a reader acts on first: the gap, the points at stake and who owns it, then the levels behind them
  const [TARGET, GAP, WEIGHT, POINTS] = Targets.columns();
  const COLUMNS = [
    { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
    { key: 'indicator_name', label: 'col.indicatorName', wide: true },
    GAP,
    POINTS,
    { key: 'opd_name', label: 'col.opd' },
    TARGET,
    { key: 'self_level', label: 'col.selfLevel', type: 'level', render: hiddenAware() },
    { key: 'official_level', label: 'col.officialLevel', type: 'level', render: officialValue },
    WEIGHT,
    // one narrow column for where the indicator sits ("D4 · A7"; only the aspect under Indeks Pemdi, which has no
    // domains), so that the table fits a 1366 px laptop
    { key: 'aspect_code', label: 'col.domainAspect',
      value: (r) => [r.domain_code, r.aspect_code].filter((c) => c !== null && c !== undefined).join(' · ') },
    { key: 'calibration', label: 'col.calibration', type: 'code', render: hiddenAware() },
    { key: 'justification', label: 'col.justification', long: true, render: hiddenAware() },
    { key: 'evidence', label: 'col.evidence', long: true, render: hiddenAware() },
  ];

  function summary(data) {
    const rows = data.rows;
    // a framework without domains (Indeks Pemdi) names the column for what it holds
    const noDomains = rows.length > 0 && rows.every((r) => r.domain_code === null);
    COLUMNS.find((c) => c.key === 'aspect_code').label = noDomains ? 'col.aspectCode' : 'col.domainAspect';
    document.getElementById('gap-summary').textContent = rows.length === 0 ? I18n.t('indikator.noData')
      : I18n.t('indikator.summary', { count: rows.length, missing: data.below_target,
        points: I18n.num(data.points_at_stake, 4) });
    const notes = [];
    if (rows.some((r) => r.level_source === 'self_assessment')) notes.push(I18n.t('indikator.selfSource'));
    if (data.hidden_rows > 0) notes.push(I18n.t('indikator.hidden', { count: data.hidden_rows }));
    if (data.untargeted > 0) notes.push(I18n.t('indikator.untargeted', { count: data.untargeted }));
    const note = document.getElementById('gap-note');
    note.textContent = notes.join(' ');
    note.hidden = notes.length === 0;
  }

  const belowTarget = (r) => Targets.given(r) && Number(r.levels_missing) > 0;

  // "hanya di bawah target", on by default: the rows a reader acts on; the exports keep every row
  function shownRows(data) {
    const only = document.getElementById('only-below');
    only.onchange = () => render(data);
    const rows = only.checked ? data.rows.filter(belowTarget) : data.rows;
    document.getElementById('gap-shown').textContent = data.rows.length === 0 ? ''
      : I18n.t('indikator.shown', { shown: rows.length, count: data.rows.length });
    return rows;
  }

  function render(data) {
    summary(data);
    Tables.render(document.getElementById('gap-table'), {
      caption: I18n.t('indikator.caption', { year: data.selection.year }),
      rows: shownRows(data),
      columns: COLUMNS.filter((c) => !c.hidden),
      rowClass: (r) => (belowTarget(r) ? 'below-target' : ''),
      detail: verdictText,
    });
    document.getElementById('gap-exports').replaceChildren(Shell.exportLinks('indikator', 'dataset.indikator'));
  }

  document.addEventListener('DOMContentLoaded', () => Shell.start({ render }));
})();
