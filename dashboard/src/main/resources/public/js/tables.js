// Accessible tables: a caption, column headers with scope, the first column as row headers, and sort buttons in
// the headers (keyboard reachable; aria-sort tells screen readers the order). Cells are always set as text.
window.Tables = (() => {
  function display(column, row) {
    const value = column.value ? column.value(row) : row[column.key];
    if (value === null || value === undefined || value === '') return '–';
    switch (column.type) {
      case 'num': return I18n.num(value, column.digits ?? 2);
      case 'level': return I18n.level(value, column.digits);
      case 'signed': return I18n.signed(value, column.digits ?? 2);
      case 'code': return I18n.code(value);
      case 'bool': return I18n.code(String(value));
      case 'date': return I18n.date(value);
      case 'time': return I18n.time(value);
      default: return String(value);
    }
  }

  const NUMERIC = ['num', 'signed', 'int', 'level'];

  // a level column reads one way: whole levels (Indeks SPBE) without decimals, but two places for every row as soon
  // as one row holds a decimal value (Indeks Pemdi), as the PDF report does
  function levelDigits(column, rows) {
    const decimal = rows.some((r) => {
      const value = column.value ? column.value(r) : r[column.key];
      return value !== null && value !== undefined && value !== '' && !Number.isInteger(Number(value));
    });
    return decimal ? 2 : 0;
  }

  function resolved(spec) {
    if (spec.resolved) return spec;
    const columns = spec.columns.map((c) => (c.type === 'level' && c.digits === undefined
      ? { ...c, digits: levelDigits(c, spec.rows) } : c));
    return { ...spec, columns, resolved: true };
  }

  function sortValue(column, row) {
    const value = column.value ? column.value(row) : row[column.key];
    if (value === null || value === undefined || value === '') return null;
    return NUMERIC.includes(column.type) ? Number(value) : String(value);
  }

  function compare(column, direction) {
    return (a, b) => {
      const x = sortValue(column, a);
      const y = sortValue(column, b);
      if (x === null && y === null) return 0;
      if (x === null) return 1; // empty cells last in both directions
      if (y === null) return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y
        : String(x).localeCompare(String(y), I18n.locale(), { numeric: true });
      return direction === 'ascending' ? order : -order;
    };
  }

  function header(table, spec, column, index) {
    const th = document.createElement('th');
    th.scope = 'col';
    if (NUMERIC.includes(column.type)) th.className = 'num';
    const label = I18n.t(column.label);
    if (spec.sortable === false) {
      th.textContent = label;
      return th;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = label;
    button.setAttribute('aria-label', I18n.t('table.sortBy', { column: label }));
    button.addEventListener('click', () => {
      const current = table.dataset.sortIndex === String(index) ? table.dataset.sortDirection : null;
      table.dataset.sortIndex = String(index);
      table.dataset.sortDirection = current === 'ascending' ? 'descending' : 'ascending';
      render(table, spec);
      table.querySelector(`thead th:nth-child(${index + 1}) button`).focus();
    });
    th.append(button);
    const sorted = table.dataset.sortIndex === String(index);
    th.setAttribute('aria-sort', sorted ? table.dataset.sortDirection : 'none');
    return th;
  }

  function row(spec, item) {
    const tr = document.createElement('tr');
    if (spec.rowClass) tr.className = spec.rowClass(item) || '';
    spec.columns.forEach((column, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) cell.scope = 'row';
      if (NUMERIC.includes(column.type)) cell.classList.add('num');
      if (column.wide) cell.classList.add('wide');
      if (column.type === 'date' || column.type === 'time') cell.classList.add('when');
      if (column.render) column.render(cell, item, display(column, item)); else cell.textContent = display(column, item);
      if (column.long) longText(cell);
      tr.append(cell);
    });
    return tr;
  }

  // a long text (a justification, the evidence, a recommendation) clipped to one line behind a toggle, so that it
  // never widens the table past a laptop's page; the button holds the whole text, so it is read and found as text
  function longText(cell) {
    const text = cell.textContent;
    if (text.length <= LONG) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'long-text';
    button.setAttribute('aria-expanded', 'false');
    button.title = I18n.t('table.showAll');
    button.textContent = text;
    button.addEventListener('click', () => {
      button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
    });
    cell.replaceChildren(button);
  }
  const LONG = 24;

  // a full-width row under an item for its long texts (the assessors' note and recommendation), kept whole and
  // wrapped instead of widening the table; it follows its item when the table is sorted
  function detailRow(spec, item) {
    const text = spec.detail ? spec.detail(item) : null;
    if (!text) return null;
    const tr = document.createElement('tr');
    tr.className = 'detail';
    const td = document.createElement('td');
    td.colSpan = spec.columns.length;
    td.textContent = text;
    tr.append(td);
    return tr;
  }

  // spec: { caption, columns: [{ key | value, label, type, digits, render }], rows, sortable, rowClass, detail }
  function render(table, given) {
    const spec = resolved(given);
    const caption = document.createElement('caption');
    caption.textContent = spec.caption;
    const head = document.createElement('thead');
    const tr = document.createElement('tr');
    spec.columns.forEach((column, index) => tr.append(header(table, spec, column, index)));
    head.append(tr);
    const body = document.createElement('tbody');
    let rows = [...spec.rows];
    const sortIndex = Number(table.dataset.sortIndex);
    if (table.dataset.sortIndex !== undefined && spec.columns[sortIndex]) {
      rows.sort(compare(spec.columns[sortIndex], table.dataset.sortDirection));
    }
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = spec.columns.length;
      td.textContent = I18n.t('table.empty');
      empty.append(td);
      body.append(empty);
    } else {
      rows.forEach((item) => {
        body.append(row(spec, item));
        const detail = detailRow(spec, item);
        if (detail) body.append(detail);
      });
    }
    table.replaceChildren(caption, head, body);
  }

  return { render, display };
})();

// The target columns of an indicator row: a target that was not given (target_basis framework_max, only the
// framework's top level) is "belum ada target", with no gap and no points at stake against it.
window.Targets = (() => {
  const given = (row) => row.target_basis !== 'framework_max';
  const unlessUntargeted = (shown) => (td, row, text) => { td.textContent = given(row) ? text : shown(); };
  function columns() {
    return [
      { key: 'target_level', label: 'col.targetLevel', type: 'int', value: (r) => (given(r) ? r.target_level : null),
        render: unlessUntargeted(() => I18n.t('table.noTarget')) },
      { key: 'levels_missing', label: 'col.gap', type: 'level', value: (r) => (given(r) ? r.levels_missing : null) },
      { key: 'weight_pct', label: 'col.weight', type: 'num' },
      { key: 'index_points_at_stake', label: 'col.points', type: 'num', digits: 4,
        value: (r) => (given(r) ? r.index_points_at_stake : null) },
    ];
  }
  return { given, columns };
})();
