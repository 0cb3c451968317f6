// OPD: a scorecard per OPD pengampu (indicators owned, gap, calibration bias, complete by the deadline), a chart of
// the index points at stake per OPD, the table, and the indicators of the OPD picked.
(() => {
  const el = (...args) => Shell.el(...args);

  function completeness(card) {
    const values = { assessed: card.self_assessed, owned: card.indicators_owned, late: card.late_rows,
      deadline: card.deadline ? I18n.date(card.deadline) : '' };
    if (card.complete_by_deadline === null) return I18n.t('opd.noDeadline', values);
    return card.complete_by_deadline ? I18n.t('opd.onTime', values) : I18n.t('opd.late', values);
  }

  function scorecard(card, selected) {
    const bias = card.calibration_hidden ? I18n.t('opd.biasHidden')
      : I18n.t('opd.bias', { bias: I18n.signed(card.calibration_mean_bias), over: card.over_claimed ?? 0,
        under: card.under_claimed ?? 0 });
    const pick = el('button', { type: 'button', class: 'link-button', text: I18n.t('opd.select', { opd: card.opd_code }) });
    pick.addEventListener('click', () => { Shell.setParams({ opd: card.opd_code }, true); Shell.reload(); });
    return el('article', { class: `card scorecard${selected ? ' selected' : ''}${card.complete_by_deadline === false ? ' late' : ''}` }, [
      el('h2', { text: card.opd_name }),
      // the big number says what it is: the index points this OPD's gaps hold back
      el('p', { class: 'big-label', text: I18n.t('opd.bigLabel') }),
      el('p', { class: 'big', text: I18n.num(card.weighted_gap_points, 4) }),
      el('p', { text: `${I18n.t('opd.owned', { count: card.indicators_owned })} · ${card.gap_hidden ? I18n.t('opd.gapHidden')
        : I18n.t('opd.gap', { levels: I18n.level(card.levels_missing), points: I18n.num(card.weighted_gap_points, 4) })}` }),
      el('p', { text: bias }),
      el('p', { class: card.complete_by_deadline === false ? 'warn' : '', text: completeness(card) }),
      el('p', {}, [pick]),
    ]);
  }

  function chart(data) {
    const cards = data.scorecards;
    Charts.draw('opd-chart', {
      type: 'bar',
      data: { labels: cards.map((c) => c.opd_code), datasets: [{ label: I18n.t('series.gapPoints'),
        data: cards.map((c) => (c.weighted_gap_points === null ? null : Number(c.weighted_gap_points))), backgroundColor: 'rgba(11,92,173,0.7)' }] },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { callback: (v) => I18n.num(v, 3) } } },
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${I18n.num(c.parsed.x, 4)}` } } } },
    }, `${I18n.t('opd.chartTitle')}. ${I18n.t('opd.caption', { year: data.selection.year })}.`);
  }

  function table(data) {
    Tables.render(document.getElementById('opd-table'), {
      caption: I18n.t('opd.caption', { year: data.selection.year }),
      rows: data.scorecards,
      columns: [
        { key: 'opd_name', label: 'col.opd' },
        { key: 'indicators_owned', label: 'col.indicatorsOwned', type: 'int' },
        { key: 'levels_missing', label: 'col.levelsMissing', type: 'level' },
        { key: 'weighted_gap_points', label: 'col.gapPoints', type: 'num', digits: 4 },
        { key: 'calibration_mean_bias', label: 'col.meanBias', type: 'signed' },
        { key: 'over_claimed', label: 'col.overClaimed', type: 'int' },
        { key: 'under_claimed', label: 'col.underClaimed', type: 'int' },
        { key: 'self_assessed', label: 'col.selfAssessed', type: 'int' },
        { key: 'deadline', label: 'col.deadline', type: 'date' },
        { key: 'last_submitted_on', label: 'col.lastSubmitted', type: 'date' },
        { key: 'late_rows', label: 'col.lateRows', type: 'int' },
        { key: 'complete_by_deadline', label: 'col.completeByDeadline', type: 'bool' },
      ],
    });
    document.getElementById('opd-exports').replaceChildren(Shell.exportLinks('opd', 'dataset.opd'));
  }

  function detail(data) {
    const picked = data.selection.opd_code;
    const box = document.getElementById('opd-detail');
    box.hidden = !picked;
    if (!picked) return;
    const card = data.scorecards.find((c) => c.opd_code === picked);
    Tables.render(document.getElementById('opd-indicators'), {
      caption: I18n.t('opd.indicatorsCaption', { opd: card ? card.opd_name : picked }),
      rows: data.indicators,
      columns: [
        { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
        { key: 'indicator_name', label: 'col.indicatorName', wide: true },
        { key: 'self_level', label: 'col.selfLevel', type: 'level',
          render: (td, r, text) => { td.textContent = r.self_assessment_hidden ? I18n.t('table.hiddenSelf') : text; } },
        { key: 'official_level', label: 'col.officialLevel', type: 'level' },
        { key: 'target_level', label: 'col.targetLevel', type: 'int' },
        { key: 'levels_missing', label: 'col.gap', type: 'level' },
        { key: 'index_points_at_stake', label: 'col.points', type: 'num', digits: 4 },
      ],
    });
    document.getElementById('opd-indicator-exports').replaceChildren(Shell.exportLinks('indikator', 'dataset.indikator'));
  }

  function render(data) {
    const box = document.getElementById('scorecards');
    box.replaceChildren(...(data.scorecards.length ? data.scorecards.map((c) => scorecard(c, c.opd_code === data.selection.opd_code))
      : [el('p', { text: I18n.t('opd.noData') })]));
    chart(data);
    table(data);
    detail(data);
  }

  document.addEventListener('DOMContentLoaded', () => {
    Charts.register();
    Shell.start({ render });
  });
})();
