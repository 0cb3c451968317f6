// Rencana aksi: the least-effort plan to the RPJMD target (summary, index after each step, the steps), and the
// what-if: pick a level per indicator and see the index and predikat at once. The picks live in the URL
// (?raise=12:4&raise=32:3), so a scenario can be shared; the server computes it from action_candidate.
(() => {
  const el = (...args) => Shell.el(...args);
  const state = { data: null, picks: new Map(), sequence: 0, timer: null };

  function cards(data) {
    const s = data.summary;
    const card = (title, value, detail) => el('article', { class: 'card' }, [el('h2', { text: title }),
      el('p', { class: 'big', text: value }), el('p', { text: detail || '' })]);
    document.getElementById('plan-cards').replaceChildren(...(s ? [
      card(I18n.t('rencana.base'), I18n.num(s.base_index_published), `${I18n.code(s.base_source)} ${s.base_year} · ${I18n.predikatOf(s.base_predikat, data.bands)}`),
      card(I18n.t('col.target'), s.target_index === null ? '–' : I18n.num(s.target_index), s.target_year ? String(s.target_year) : I18n.code(s.status)),
      card(I18n.t('rencana.steps'), s.steps === null ? '–' : String(s.steps), `${I18n.t('col.effort')} ${I18n.num(s.total_effort)} · ${I18n.code(s.status)}`),
      card(I18n.t('rencana.planned'), I18n.num(s.planned_index_published), I18n.predikatOf(s.planned_predikat, data.bands)),
    ] : [el('p', { text: I18n.t('rencana.noPlan') })]));
  }

  function chart(data) {
    const s = data.summary;
    if (!s) { Charts.empty('plan-chart', I18n.t('rencana.noPlan')); return; }
    const labels = ['0', ...data.steps.map((st) => String(st.step_no))];
    const bands = data.bands.map((b) => ({ lower: Number(b.lower_inclusive), upper: b.upper_exclusive === null ? null : Number(b.upper_exclusive) }));
    const datasets = [{ label: I18n.t('series.cumulativeIndex'), data: [Number(s.base_index), ...data.steps.map((st) => (st.cumulative_index === null ? null : Number(st.cumulative_index)))],
      borderColor: Charts.COLOURS.official, backgroundColor: Charts.COLOURS.official, pointRadius: 4 }];
    if (s.target_index !== null) {
      datasets.push({ label: I18n.t('series.target'), data: labels.map(() => Number(s.target_index)), borderColor: Charts.COLOURS.target,
        borderDash: [4, 4], pointRadius: 0 });
    }
    const values = datasets.flatMap((d) => d.data).filter((v) => v !== null);
    Charts.draw('plan-chart', {
      type: 'line',
      data: { labels, datasets },
      options: { scales: { x: { title: { display: true, text: I18n.t('axis.step') } }, y: Charts.numberAxis(Math.floor(Math.min(...values) * 10) / 10 - 0.1, Math.ceil(Math.max(...values) * 10) / 10 + 0.1) },
        plugins: { predikatBands: { columns: labels.map(() => ({ bands })) }, tooltip: Charts.tooltip(4) } },
    }, `${I18n.t('rencana.chartTitle')}. ${I18n.t('rencana.caption')}.`);
  }

  function steps(data) {
    const note = document.getElementById('plan-note');
    note.hidden = !data.steps_hidden;
    note.textContent = data.steps_hidden ? I18n.t('rencana.hidden') : '';
    Tables.render(document.getElementById('plan-table'), {
      caption: I18n.t('rencana.caption'),
      rows: data.steps,
      columns: [
        { key: 'step_no', label: 'col.step', type: 'int' },
        { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
        { key: 'indicator_name', label: 'col.indicatorName', wide: true },
        { key: 'from_value', label: 'col.fromValue', type: 'level' },
        { key: 'to_level', label: 'col.toLevel', type: 'int' },
        { key: 'effort', label: 'col.effort', type: 'num' },
        { key: 'index_points', label: 'col.points', type: 'num', digits: 4 },
        { key: 'cumulative_index', label: 'col.cumulativeIndex', type: 'num', digits: 4 },
        { key: 'predikat', label: 'col.predikat', value: (r) => (r.predikat ? I18n.predikatOf(r.predikat, data.bands) : null) },
        { key: 'opd_name', label: 'col.opd' },
        { key: 'recommendation', label: 'col.recommendation', long: true },
      ],
    });
    document.getElementById('plan-exports').replaceChildren(Shell.exportLinks('rencana', 'dataset.rencana'));
  }

  // one row per indicator on the menu, its raises as the options of a select
  function menu(data) {
    const byIndicator = new Map();
    data.candidates.forEach((c) => {
      if (!byIndicator.has(c.indicator_code)) byIndicator.set(c.indicator_code, { ...c, options: [] });
      byIndicator.get(c.indicator_code).options.push(c);
    });
    return [...byIndicator.values()];
  }

  function picker(td, row) {
    const select = document.createElement('select');
    select.id = `raise-${row.indicator_code}`;
    select.setAttribute('aria-label', `${I18n.t('col.raiseTo')}: ${row.indicator_code} ${row.indicator_name}`);
    select.append(new Option(I18n.t('rencana.keep', { level: row.current_level }), ''));
    row.options.forEach((o) => select.append(new Option(I18n.t('rencana.option', { level: o.to_level,
      points: I18n.num(o.cumulative_index_points, 4), effort: I18n.num(o.cumulative_effort) }), String(o.to_level))));
    select.value = state.picks.has(row.indicator_code) ? String(state.picks.get(row.indicator_code)) : '';
    select.addEventListener('change', () => {
      if (select.value) state.picks.set(row.indicator_code, Number(select.value)); else state.picks.delete(row.indicator_code);
      changed();
    });
    td.append(select);
  }

  function whatIfTable(data) {
    Tables.render(document.getElementById('whatif-table'), {
      caption: I18n.t('rencana.whatIfCaption'),
      rows: menu(data),
      sortable: false,
      columns: [
        { key: 'indicator_code', label: 'col.indicatorCode', type: 'int' },
        { key: 'indicator_name', label: 'col.indicatorName', wide: true },
        { key: 'opd_name', label: 'col.opd' },
        { key: 'current_level', label: 'col.currentLevel', type: 'int' },
        { key: 'to_level', label: 'col.raiseTo', render: (td, row) => picker(td, row) },
      ],
    });
  }

  function raises() {
    return [...state.picks.entries()].map(([code, level]) => `${code}:${level}`);
  }

  function changed() {
    Shell.setParams({ raise: raises() }, false);
    Shell.links();
    clearTimeout(state.timer);
    state.timer = setTimeout(compute, 120);
  }

  // without picks the answer is the plan's base, already in the view: no second call on load
  function base(data) {
    const s = data.summary;
    showResult({ what_if_index: s.base_index_published, predikat: s.base_predikat, predikat_en: s.base_predikat_en,
      raises: 0, added_points: 0, total_effort: 0, base_index: s.base_index, base_predikat: s.base_predikat,
      target_index: s.target_index, target_year: s.target_year, distance_to_target: s.base_distance_to_target,
      reaches_target: s.target_index === null ? null : Number(s.base_distance_to_target) <= 0 });
    document.body.dataset.whatif = 'done';
  }

  async function compute() {
    const data = state.data;
    if (!data || !data.summary) return;
    if (state.picks.size === 0) {
      state.sequence += 1;
      base(data);
      return;
    }
    const sequence = ++state.sequence;
    document.body.dataset.whatif = 'busy';
    try {
      const result = await Api.get('/api/rencana/whatif', { instansi: data.selection.instansi_code,
        framework: data.selection.framework_id, raise: raises() });
      if (sequence === state.sequence) showResult(result);
    } catch (e) {
      if (sequence === state.sequence) Shell.message(e.message);
    } finally {
      if (sequence === state.sequence) document.body.dataset.whatif = 'done';
    }
  }

  function showResult(r) {
    const set = (id, text) => { document.getElementById(id).textContent = text; };
    set('whatif-index', I18n.t('rencana.whatIfResult', { index: I18n.num(r.what_if_index), predikat: I18n.predikat(r.predikat, r.predikat_en) }));
    set('whatif-detail', I18n.t('rencana.whatIfDetail', { raises: r.raises, points: I18n.num(r.added_points, 4),
      effort: I18n.num(r.total_effort), base: `${I18n.num(r.base_index, 4)} (${r.base_predikat || ''})` }));
    const values = { target: I18n.num(r.target_index), year: r.target_year, gap: I18n.num(r.distance_to_target) };
    set('whatif-target', r.target_index === null ? I18n.t('rencana.noTarget')
      : r.reaches_target ? I18n.t('rencana.reaches', values) : I18n.t('rencana.short', values));
    document.getElementById('whatif-result').className = `whatif-result ${r.reaches_target ? 'reached' : ''}`;
  }

  function render(data) {
    state.data = data;
    const offered = new Set(data.candidates.map((c) => `${c.indicator_code}:${c.to_level}`));
    state.picks = new Map(Shell.params().getAll('raise').filter((r) => offered.has(r))
      .map((r) => [r.split(':')[0], Number(r.split(':')[1])]));
    cards(data);
    chart(data);
    steps(data);
    whatIfTable(data);
    compute();
  }

  document.addEventListener('DOMContentLoaded', () => {
    Charts.register();
    document.getElementById('whatif-plan').addEventListener('click', () => {
      state.picks = new Map();
      state.data.steps.forEach((st) => state.picks.set(st.indicator_code, Math.max(st.to_level, state.picks.get(st.indicator_code) || 0)));
      whatIfTable(state.data);
      changed();
    });
    document.getElementById('whatif-clear').addEventListener('click', () => {
      state.picks = new Map();
      whatIfTable(state.data);
      changed();
    });
    Shell.start({ render });
  });
})();
