// Indikator: the gap table of one year (sortable; filtered by domain, aspect and OPD pengampu): self-assessed,
// official and target level, gap, weight, index points at stake, OPD, justification and evidence.
(() => {
  function hiddenAware(text) {
    return (td, row, shown) => { td.textContent = row.self_assessment_hidden ? I18n.t('table.hiddenSelf') : shown; };
  }

  const COLUMNS = [
    { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
    { key: 'indicator_name', label: 'col.indicatorName', wide: true },
    { key: 'domain_code', label: 'col.domainCode' },
    { key: 'aspect_code', label: 'col.aspectCode' },
    { key: 'self_level', label: 'col.selfLevel', type: 'num', render: hiddenAware() },
    { key: 'official_level', label: 'col.officialLevel', type: 'num' },
    { key: 'target_level', label: 'col.targetLevel', type: 'int' },
    { key: 'levels_missing', label: 'col.gap', type: 'num' },
    { key: 'weight_pct', label: 'col.weight', type: 'num' },
    { key: 'index_points_at_stake', label: 'col.points', type: 'num', digits: 4 },
    { key: 'opd_name', label: 'col.opd' },
    { key: 'calibration', label: 'col.calibration', type: 'code', render: hiddenAware() },
    { key: 'justification', label: 'col.justification', wide: true, render: hiddenAware() },
    { key: 'evidence', label: 'col.evidence', render: hiddenAware() },
  ];

  function summary(data) {
    const rows = data.rows;
    document.getElementById('gap-summary').textContent = rows.length === 0 ? I18n.t('indikator.noData')
      : I18n.t('indikator.summary', { count: rows.length, missing: data.below_target,
        points: I18n.num(data.points_at_stake, 4) });
    const notes = [];
    if (rows.some((r) => r.level_source === 'self_assessment')) notes.push(I18n.t('indikator.selfSource'));
    if (data.hidden_rows > 0) notes.push(I18n.t('indikator.hidden', { count: data.hidden_rows }));
    const note = document.getElementById('gap-note');
    note.textContent = notes.join(' ');
    note.hidden = notes.length === 0;
  }

  function render(data) {
    summary(data);
    Tables.render(document.getElementById('gap-table'), {
      caption: I18n.t('indikator.caption', { year: data.selection.year }),
      rows: data.rows,
      columns: COLUMNS,
      rowClass: (r) => (Number(r.levels_missing) > 0 ? 'below-target' : ''),
    });
    document.getElementById('gap-exports').replaceChildren(Shell.exportLinks('indikator', 'dataset.indikator'));
  }

  document.addEventListener('DOMContentLoaded', () => Shell.start({ render }));
})();
