// Ringkasan: the latest official index and predikat, the distance to the RPJMD target, the change on the previous
// year, the penilaian mandiri against the official index, the pace, and the trend chart. Every figure comes from
// the pipeline's trend, calibration_scope and projection tables; nothing is computed here.
(() => {
  const set = (id, text) => { document.getElementById(id).textContent = text; };

  function latestCard(data) {
    const last = data.latest_official;
    const pending = data.pending_external && last && data.pending_external.year === last.year ? data.pending_external : null;
    set('latest-value', last ? I18n.num(last.official_index) : I18n.t('ringkasan.noData'));
    set('latest-detail', last ? [last.year, I18n.predikatOf(last.official_predikat, data.bands, last.framework_id), last.index_name, I18n.code(last.official_basis),
      last.is_illustrative ? I18n.t('ringkasan.illustrative') : null,
      pending ? I18n.t('ringkasan.pendingExternal', { count: pending.indicators }) : null].filter(Boolean).join(' · ') : '');
  }

  // PermenPANRB 8/2026 Pasal 11: a target set on Indeks SPBE is re-stated on Indeks Pemdi; until it is, no distance
  // is computed, and the predikat-band equivalent is offered as a suggestion beside the first Pemdi result
  function targetScale(data) {
    const panel = document.getElementById('target-scale');
    const body = document.getElementById('target-scale-body');
    const rows = data.target_conversions || [];
    panel.hidden = rows.length === 0;
    body.replaceChildren(...rows.map((c) => {
      const p = document.createElement('p');
      const values = { year: c.year, given: I18n.num(c.given_target), givenScale: I18n.code(c.given_scale),
        scale: I18n.code(c.index_scale), suggested: c.suggested_target === null ? '–' : I18n.num(c.suggested_target),
        predikat: c.suggested_predikat || '–', restated: c.restated_target === null ? '' : I18n.num(c.restated_target) };
      const parts = [c.restated_target === null ? I18n.t('ringkasan.targetNotConverted', values)
        : I18n.t('ringkasan.targetRestated', values), I18n.t('ringkasan.targetSuggestion', values)];
      if (c.first_result_index !== null) {
        parts.push(I18n.t('ringkasan.firstResult', { index: I18n.num(c.first_result_index),
          predikat: c.first_result_predikat || '', year: c.first_result_year, scale: I18n.code(c.index_scale) }));
      }
      p.textContent = parts.join(' ');
      p.className = c.restated_target === null ? 'warning' : '';
      return p;
    }));
  }

  const reachedOr = (distance, text) => (distance !== null && distance !== undefined && Number(distance) <= 0
    ? I18n.t('table.reachedBy', { margin: I18n.signed(-Number(distance)) }) : text);

  function distanceCard(data) {
    const last = data.latest_official;
    if (!last || last.rpjmd_target === null) {
      set('distance-value', '–');
      set('distance-detail', last ? I18n.t('ringkasan.noTarget', { year: last.year }) : '');
    } else if (last.target_comparable === false) {
      set('distance-value', '–');
      set('distance-detail', I18n.t('ringkasan.notComparable', { year: last.year, target: I18n.num(last.rpjmd_target),
        targetScale: I18n.code(last.target_scale), scale: I18n.code(last.index_scale) }));
    } else {
      const gap = Number(last.distance_to_target);
      const values = { gap: I18n.num(Math.abs(gap)), target: I18n.num(last.rpjmd_target), year: last.year };
      set('distance-value', reachedOr(last.distance_to_target, I18n.num(last.distance_to_target)));
      set('distance-detail', gap > 0 ? I18n.t('ringkasan.distance', values) : I18n.t('ringkasan.reached', values));
    }
  }

  function changeCard(data) {
    const last = data.latest_official;
    const previous = last && data.trend.find((r) => r.year === last.previous_year);
    if (!last || last.previous_year === null) {
      set('change-value', '–');
      set('change-detail', I18n.t('ringkasan.noPrevious'));
    } else if (last.change_on_previous === null) {
      set('change-value', '–');
      set('change-detail', I18n.t('ringkasan.changeBreak', { previousYear: last.previous_year }));
    } else {
      set('change-value', I18n.signed(last.change_on_previous));
      set('change-detail', I18n.t('ringkasan.changeValue', { change: I18n.signed(last.change_on_previous),
        previous: previous ? I18n.num(previous.official_index) : '–', previousYear: last.previous_year }));
    }
  }

  function selfCard(data) {
    const s = data.self_vs_official;
    set('self-value', s ? I18n.signed(s.difference) : '–');
    set('self-detail', s ? I18n.t('ringkasan.selfVsOfficialValue', { self: `${I18n.num(s.self_value)} (${I18n.predikatOf(s.self_predikat, data.bands, s.framework_id)})`,
      official: `${I18n.num(s.official_value)} (${I18n.predikatOf(s.official_predikat, data.bands, s.framework_id)})`, year: s.year,
      difference: I18n.signed(s.difference) }) : '');
  }

  function paceCard(data) {
    const p = data.projections.length ? data.projections[data.projections.length - 1] : null;
    if (!p || p.slope_per_year === null) {
      set('pace-value', '–');
      set('pace-detail', p ? onlyOneYear(data, p) : '');
      return;
    }
    const target = I18n.num(p.target_index);
    const framework = data.frameworks.find((f) => f.framework_id === p.framework_id);
    const reach = p.target_already_reached ? I18n.t('ringkasan.alreadyReached', { target })
      : p.year_target_reached ? I18n.t('ringkasan.reachYear', { target, year: p.year_target_reached })
        : p.pace_beyond_framework ? I18n.t('ringkasan.reachBeyondFramework', { target,
          index: framework ? framework.index_name : '', last: framework ? framework.year_to : '' })
          : I18n.t('ringkasan.neverReached', { target });
    set('pace-value', I18n.signed(p.slope_per_year));
    set('pace-detail', `${I18n.t('ringkasan.paceValue', { slope: I18n.signed(p.slope_per_year), first: p.first_year,
      last: p.last_year })}; ${reach}`);
  }

  // A framework's first year has no pace of its own (Indeks Pemdi in 2026): said so, with the pace of the framework
  // before it, which is not on the same scale and so only read beside it
  function onlyOneYear(data, p) {
    const indexOf = (id) => (data.frameworks.find((f) => f.framework_id === id) || {}).index_name || '';
    const one = I18n.t('ringkasan.paceOneYear', { index: indexOf(p.framework_id), year: p.last_year });
    const before = data.projections.filter((q) => q.framework_id !== p.framework_id && q.slope_per_year !== null)
      .pop();
    return before ? `${one} ${I18n.t('ringkasan.paceBefore', { index: indexOf(before.framework_id),
      slope: I18n.signed(before.slope_per_year), first: before.first_year, last: before.last_year })}` : one;
  }

  // the target is drawn where it is on the scale of the year's index (not against Indeks Pemdi 2026)
  const targetOf = (r) => (r.target_comparable === false ? null : r.rpjmd_target);

  function chart(data) {
    const rows = data.trend;
    const value = (v) => (v === null ? null : Number(v));
    const columns = rows.map((r) => ({ year: r.year, bands: data.bands.filter((b) => b.framework_id === r.framework_id)
      .map((b) => ({ lower: Number(b.lower_inclusive), upper: b.upper_exclusive === null ? null : Number(b.upper_exclusive),
        name: I18n.lang() === 'en' && b.predikat_en ? b.predikat_en : b.predikat })) }));
    const name = (id) => (data.frameworks.find((f) => f.framework_id === id) || { framework_name: id }).framework_name;
    const breaks = rows.map((r, index) => ({ r, index })).filter(({ r, index }) => index > 0 && r.framework_break)
      .map(({ r, index }) => ({ index, label: I18n.t('series.frameworkBreak', { framework: name(r.framework_id) }) }));
    const segment = Charts.breakSegments(breaks.map((b) => b.index));
    Charts.draw('trend-chart', {
      type: 'line',
      data: {
        labels: rows.map((r) => String(r.year)),
        datasets: [
          { label: I18n.t('series.official'), data: rows.map((r) => value(r.official_index)), borderColor: Charts.COLOURS.official,
            backgroundColor: Charts.COLOURS.official, borderWidth: 3, pointRadius: 5, spanGaps: false, segment },
          { label: I18n.t('series.selfAssessment'), data: rows.map((r) => value(r.self_assessment_index)),
            borderColor: Charts.COLOURS.self, backgroundColor: Charts.COLOURS.self, borderDash: [6, 4], pointRadius: 4, spanGaps: false,
            segment },
          { label: I18n.t('series.target'), data: rows.map((r) => value(targetOf(r))), borderColor: Charts.COLOURS.target,
            backgroundColor: Charts.COLOURS.target, borderDash: [2, 3], pointStyle: 'rectRot', pointRadius: 6, spanGaps: false,
            segment, order: -1 }, // drawn last, so that it stays visible where it meets the official line
        ],
      },
      options: {
        scales: { x: Charts.yearAxis(), y: Charts.numberAxis(1, 5) },
        plugins: { predikatBands: { columns }, frameworkBreaks: { indexes: breaks }, tooltip: Charts.tooltip() },
      },
    }, `${I18n.t('ringkasan.trendTitle')}. ${I18n.t('ringkasan.tableCaption')}.`);
  }

  function table(data) {
    Tables.render(document.getElementById('trend-table'), {
      caption: I18n.t('ringkasan.tableCaption'),
      rows: data.trend,
      columns: [
        { key: 'year', label: 'col.year', type: 'int' },
        { key: 'framework_id', label: 'col.framework', type: 'code' },
        { key: 'official_index', label: 'col.official', type: 'num' },
        { key: 'official_predikat', label: 'col.predikat',
          value: (r) => (r.official_predikat ? I18n.predikatOf(r.official_predikat, data.bands, r.framework_id) : null) },
        { key: 'official_basis', label: 'col.basis', type: 'code' },
        { key: 'self_assessment_index', label: 'col.selfAssessment', type: 'num' },
        { key: 'rpjmd_target', label: 'col.target', type: 'num',
          render: (td, r, text) => { td.textContent = r.target_comparable === false ? `${text} *` : text; } },
        // a year at or above its target is "tercapai (+0,01)", never a negative distance
        { key: 'distance_to_target', label: 'col.distance', type: 'num',
          render: (td, r, text) => { td.textContent = reachedOr(r.distance_to_target, text); } },
        { key: 'change_on_previous', label: 'col.change', type: 'signed' },
      ],
      rowClass: (r) => (r.framework_break ? 'break' : ''),
    });
    const notComparable = data.trend.some((r) => r.target_comparable === false);
    set('trend-footnote', notComparable ? I18n.t('ringkasan.targetNotComparableMark') : '');
  }

  function report(data) {
    const select = document.getElementById('report-year');
    const years = data.trend.filter((r) => r.official_index !== null || r.self_assessment_index !== null).map((r) => r.year)
      .reverse();
    const previous = select.value;
    select.replaceChildren(...years.map((y) => new Option(String(y), String(y))));
    const wanted = data.latest_official ? String(data.latest_official.year) : select.value;
    select.value = years.map(String).includes(previous) ? previous : wanted;
    const link = document.getElementById('report-link');
    const update = () => {
      link.href = Api.url('/api/laporan', { instansi: data.selection.instansi_code, year: select.value, lang: I18n.lang() });
    };
    select.onchange = update;
    update();
  }

  // the top of the least-effort plan (action_plan): the sentence a reader repeats, the first steps, the way on
  function fixFirst(data) {
    const f = data.fix_first;
    const sentence = document.getElementById('fix-first-sentence');
    const table = document.getElementById('fix-first-table');
    const links = document.getElementById('fix-first-links');
    table.hidden = !f || f.steps.length === 0;
    if (!f) {
      sentence.textContent = I18n.t('ringkasan.fixFirstNone');
      links.replaceChildren();
      return;
    }
    const s = f.plan;
    const values = { need: I18n.num(s.base_distance_to_target), target: I18n.num(s.target_index), year: s.target_year,
      steps: s.steps === null ? '–' : String(s.steps), effort: I18n.num(s.total_effort),
      planned: I18n.num(s.planned_index_published) };
    const key = { planned: 'fixFirstPlanned', already_reached: 'fixFirstReached', unreachable: 'fixFirstUnreachable' }[s.status]
      || 'fixFirstNoTarget';
    const parts = [I18n.t(`ringkasan.${key}`, values)];
    if (f.steps_hidden) parts.push(I18n.t('ringkasan.fixFirstHidden'));
    if (f.more_steps) parts.push(I18n.t('ringkasan.fixFirstMore'));
    sentence.textContent = parts.join(' ');
    if (f.steps.length) {
      Tables.render(table, {
        caption: I18n.t('ringkasan.fixFirstCaption', { framework: I18n.code(s.framework_id) }),
        rows: f.steps,
        sortable: false,
        columns: [
          { key: 'step_no', label: 'col.step', type: 'int' },
          { key: 'indicator_name', label: 'col.indicatorName', wide: true,
            render: (td, r) => { td.textContent = `${r.indicator_code}. ${r.indicator_name}`; } },
          { key: 'opd_name', label: 'col.opd' },
          { key: 'to_level', label: 'col.toLevel', type: 'int' },
          { key: 'index_points', label: 'col.points', type: 'num', digits: 4 },
          { key: 'effort', label: 'col.effort', type: 'num' },
        ],
      });
    }
    const link = (view, label) => Shell.el('a', { 'data-view-link': view, text: I18n.t(label) });
    links.replaceChildren(link('rencana', 'ringkasan.toPlan'), ' · ', link('indikator', 'ringkasan.toIndikator'));
    Shell.links();
  }

  function render(data) {
    latestCard(data);
    fixFirst(data);
    distanceCard(data);
    changeCard(data);
    selfCard(data);
    paceCard(data);
    targetScale(data);
    chart(data);
    table(data);
    report(data);
    document.getElementById('trend-exports').replaceChildren(Shell.exportLinks('tren', 'dataset.tren'));
  }

  document.addEventListener('DOMContentLoaded', () => {
    Charts.register();
    Shell.start({ render });
  });
})();
