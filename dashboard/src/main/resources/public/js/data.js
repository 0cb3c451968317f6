// Data: the pipeline runs recorded up to the published version, the input files and counts of one run, its
// quarantined rows (raw values hidden from OPD accounts), and the row count of every published table.
(() => {
  // the inputs and quarantined rows come a page at a time (?page=2); the exports keep every row
  function pager(id, data, shown, total) {
    const nav = document.getElementById(id);
    nav.setAttribute('aria-label', I18n.t('data.pagerLabel'));
    nav.hidden = data.pages <= 1;
    if (nav.hidden) { nav.replaceChildren(); return; }
    const go = (page) => () => { Shell.setParams({ page: page === 1 ? null : String(page) }, true); Shell.reload(); };
    const button = (key, page, disabled) => {
      const b = Shell.el('button', { type: 'button', class: 'button secondary', text: I18n.t(key) });
      b.disabled = disabled;
      b.addEventListener('click', go(page));
      return b;
    };
    const from = total === 0 ? 0 : Math.min(total, (data.page - 1) * data.page_size + 1);
    nav.replaceChildren(button('data.previous', data.page - 1, data.page <= 1),
      Shell.el('span', { text: ` ${I18n.t('data.pageOf', { page: data.page, pages: data.pages, from,
        to: from === 0 ? 0 : from + shown - 1, total })} ` }),
      button('data.next', data.page + 1, data.page >= data.pages));
  }

  // The pipeline records each run's message in English. What the outcome and the counts already say is said in the
  // page's language; only a refused file's or a failure's own message, which names the problem, is shown as written.
  function runMessage(r) {
    const rows = r.rows_rejected || 0;
    const key = `data.runMessage.${r.outcome}${rows > 0 ? '.rejected' : ''}`;
    return I18n.has(key) ? I18n.t(key, { rows: I18n.num(rows, 0) }) : r.message;
  }

  function render(data) {
    const run = data.selection.run_id;
    Tables.render(document.getElementById('runs-table'), {
      caption: I18n.t('data.runsCaption'),
      rows: data.runs,
      columns: [
        { key: 'run_id', label: 'col.runId' },
        { key: 'outcome', label: 'col.outcome', type: 'code' },
        { key: 'version', label: 'col.version' },
        { key: 'started_at', label: 'col.startedAt', type: 'time' },
        { key: 'duration_ms', label: 'col.durationMs', type: 'int' },
        { key: 'rows_read', label: 'col.rowsRead', type: 'int' },
        { key: 'rows_accepted', label: 'col.rowsAccepted', type: 'int' },
        { key: 'rows_rejected', label: 'col.rowsRejected', type: 'int' },
        { value: runMessage, label: 'col.message', long: true },
      ],
      rowClass: (r) => (r.run_id === run ? 'selected' : ''),
    });
    document.getElementById('runs-exports').replaceChildren(Shell.exportLinks('run', 'dataset.run'));
    Tables.render(document.getElementById('inputs-table'), {
      caption: I18n.t('data.inputsCaption', { run: run || '–' }),
      rows: data.inputs,
      columns: [
        { key: 'file', label: 'col.file' },
        { key: 'kind', label: 'col.inputKind', type: 'code' },
        { key: 'format', label: 'col.format' },
        { key: 'sheet', label: 'col.sheet' },
        { key: 'rows_read', label: 'col.rowsRead', type: 'int' },
        { key: 'rows_accepted', label: 'col.rowsAccepted', type: 'int' },
        { key: 'rows_rejected', label: 'col.rowsRejected', type: 'int' },
        { key: 'size_bytes', label: 'col.sizeBytes', type: 'int' },
        { key: 'sha256', label: 'col.sha256', value: (r) => r.sha256.slice(0, 12) },
      ],
    });
    pager('inputs-pager', data, data.inputs.length, data.inputs_total);
    document.getElementById('inputs-exports').replaceChildren(Shell.exportLinks('input', 'dataset.input'));
    const note = [I18n.t('data.quarantineCount', { shown: data.quarantined.length, total: data.quarantined_total })];
    if (data.raw_values_hidden) note.push(I18n.t('data.rawHidden'));
    document.getElementById('quarantine-note').textContent = note.join(' ');
    Tables.render(document.getElementById('quarantine-table'), {
      caption: I18n.t('data.quarantineCaption', { run: run || '–' }),
      rows: data.quarantined,
      columns: [
        { key: 'source_file', label: 'col.sourceFile' },
        { key: 'source_sheet', label: 'col.sheet' },
        { key: 'source_row', label: 'col.sourceRow', type: 'int' },
        { key: 'column_name', label: 'col.column' },
        { key: 'raw_value', label: 'col.rawValue' },
        { key: 'reason_code', label: 'col.reason' },
        { value: (q) => (I18n.lang() === 'en' ? q.message_en : q.message_id), label: 'col.message', long: true },
      ],
    });
    pager('quarantine-pager', data, data.quarantined.length, data.quarantined_listed);
    document.getElementById('quarantine-exports').replaceChildren(Shell.exportLinks('karantina', 'dataset.karantina'));
    Tables.render(document.getElementById('tables-table'), {
      caption: I18n.t('data.tablesCaption', { version: data.version }),
      rows: Object.entries(data.tables).map(([table, rows]) => ({ table, rows })),
      // what a table holds in words, then its name in the warehouse (what a query or docs/tables.md uses)
      columns: [{ label: 'col.tableContent', value: (r) => I18n.code(`table.${r.table}`) },
        { key: 'table', label: 'col.table' }, { key: 'rows', label: 'col.rows', type: 'int' }],
    });
    document.getElementById('tables-exports').replaceChildren(Shell.exportLinks('tabel', 'dataset.tabel'));
  }

  document.addEventListener('DOMContentLoaded', () => Shell.start({ render,
    extraParams: (p) => (p.get('page') ? { page: p.get('page') } : {}) }));
})();
