// The frame every view shares: navigation, the filters (kept in the URL so a view can be shared), the language
// switch, the signed-in user, messages, export links. A view calls Shell.start({ render }) and gets one API call
// per load: GET /api/<view> with the filters in the URL; it renders what comes back.
window.Shell = (() => {
  // the views and their pages, from the body's data-views (the server's Page enum): "ringkasan=/ domain=/domain.html"
  const VIEWS = (document.body.dataset.views || '').split(/\s+/).filter(Boolean).map((pair) => {
    const [id, page] = pair.split('=');
    return { id, page, label: `nav.${id}` };
  });
  // what a link to another view carries along; view-specific filters stay behind
  const CARRIED = ['instansi', 'year', 'lang'];
  // filters a bad value may be dropped from (the server says which): the view then loads with its default
  // a filter the server refuses (an unknown instansi or year in a shared link) is dropped and the view shown with
  // the server's own choice, saying so: the selects keep a valid choice and the page a way on
  const DROPPABLE = ['instansi', 'year', 'source', 'domain', 'aspect', 'opd', 'framework', 'run', 'page', 'snapshot'];
  const USER = 'spbe.user';

  const FILTERS = {
    instansi: { label: 'filter.instansi', required: true, resets: ['domain', 'aspect', 'opd', 'framework', 'raise', 'snapshot'],
      options: (d) => d.choices.instansi.map((i) => [i.instansi_code, `${i.instansi_name} (${i.instansi_code})`]),
      selected: (d) => d.selection.instansi_code },
    year: { label: 'filter.year', required: true, resets: ['aspect', 'snapshot'],
      options: (d) => yearOptions(d), selected: (d) => d.selection.year },
    source: { label: 'filter.source', all: 'filter.bothSources',
      options: (d) => d.choices.sources.map((s) => [s, I18n.code(s)]), selected: (d) => d.selection.source },
    domain: { label: 'filter.domain', all: 'filter.all', resets: ['aspect'],
      options: (d) => d.choices.domains.map((x) => [x.domain_code, `${x.domain_code} · ${x.domain_name}`]),
      selected: (d) => d.selection.domain_code },
    aspect: { label: 'filter.aspect', all: 'filter.all',
      options: (d) => d.choices.aspects.filter((a) => !d.selection.domain_code || a.domain_code === d.selection.domain_code)
        .map((a) => [a.aspect_code, `${a.aspect_code} · ${a.aspect_name}`]),
      selected: (d) => d.selection.aspect_code },
    opd: { label: 'filter.opd', all: 'filter.all',
      options: (d) => d.choices.opds.map((o) => [o.opd_code, o.opd_name]), selected: (d) => d.selection.opd_code },
    framework: { label: 'filter.framework', required: true, resets: ['raise'],
      options: (d) => (d.summaries || []).map((s) => [s.framework_id, `${I18n.code(s.framework_id)} (${s.base_year})`]),
      selected: (d) => d.selection.framework_id },
    run: { label: 'filter.run', required: true, resets: ['page'],
      options: (d) => (d.runs || []).map((r) => [r.run_id, `${r.run_id} · ${I18n.code(r.outcome)}`]),
      selected: (d) => d.selection.run_id },
    // a bukti dukung file's date (Bukti dukung view); the latest of the year unless picked
    snapshot: { label: 'filter.snapshot', required: true, hideEmpty: true,
      options: (d) => (d.snapshots || []).map((s) => [s, s]), selected: (d) => d.selection.snapshot_on },
  };

  const state = { view: null, filters: [], render: null, data: null };

  function yearOptions(d) {
    const years = d.years_with_data || d.choices.years;
    const list = years.map((y) => [String(y), String(y)]);
    const selected = d.selection.year;
    if (selected !== null && !years.includes(selected)) {
      list.unshift([String(selected), I18n.t('filter.noDataYear', { year: selected })]);
    }
    return list;
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  function setParams(changes, push) {
    const p = params();
    Object.entries(changes).forEach(([key, value]) => {
      p.delete(key);
      (Array.isArray(value) ? value : [value]).forEach((v) => {
        if (v !== null && v !== undefined && v !== '') p.append(key, v);
      });
    });
    const url = `${location.pathname}?${p}`;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  function el(tag, attrs = {}, children = []) {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([key, value]) => {
      if (key === 'text') node.textContent = value;
      else if (key === 'i18n') { node.dataset.i18n = value; node.textContent = I18n.t(value); } else node.setAttribute(key, value);
    });
    children.forEach((c) => node.append(c));
    return node;
  }

  function buildHeader() {
    const header = document.getElementById('topbar');
    const nav = el('nav', { class: 'views', 'aria-label': I18n.t('nav.label') }, [el('ul', {}, VIEWS.map((v) =>
      el('li', {}, [el('a', { href: v.page, 'data-view-link': v.id, i18n: v.label })])))]);
    const form = el('form', { class: 'filters', id: 'filters' });
    form.addEventListener('submit', (e) => e.preventDefault());
    state.filters.forEach((name) => {
      const id = `filter-${name}`;
      form.append(el('div', { class: 'field' }, [el('label', { for: id, i18n: FILTERS[name].label }),
        el('select', { id, name })]));
    });
    const lang = el('select', { id: 'lang', name: 'lang' }, [el('option', { value: 'id', text: 'Bahasa Indonesia' }),
      el('option', { value: 'en', text: 'English' })]);
    form.append(el('div', { class: 'field' }, [el('label', { for: 'lang', i18n: 'filter.language' }), lang]));
    header.replaceChildren(el('p', { class: 'brand', i18n: 'app.title' }), nav, form, el('div', { id: 'user', class: 'user' }));
    nav.querySelector(`[data-view-link="${state.view}"]`).setAttribute('aria-current', 'page');
  }

  function wire() {
    state.filters.forEach((name) => {
      document.getElementById(`filter-${name}`).addEventListener('change', (e) => {
        const resets = Object.fromEntries((FILTERS[name].resets || []).map((r) => [r, null]));
        setParams({ ...resets, [name]: e.target.value }, true);
        reload();
      });
    });
    const lang = document.getElementById('lang');
    lang.value = I18n.lang();
    lang.addEventListener('change', async () => {
      await I18n.load(lang.value);
      setParams({ lang: I18n.lang() }, false);
      relabel();
      if (state.data) state.render(state.data);
    });
    window.addEventListener('popstate', reload);
  }

  function relabel() {
    document.getElementById('topbar').querySelector('nav').setAttribute('aria-label', I18n.t('nav.label'));
    I18n.apply(document);
    if (state.data) fillFilters(state.data);
    renderUser();
    links();
  }

  function fillFilters(data) {
    state.filters.forEach((name) => {
      const spec = FILTERS[name];
      const select = document.getElementById(`filter-${name}`);
      const options = spec.options(data).map(([value, label]) => new Option(label, value));
      if (spec.all) options.unshift(new Option(I18n.t(spec.all), ''));
      select.replaceChildren(...options);
      const selected = spec.selected(data);
      select.value = selected === null || selected === undefined ? '' : String(selected);
      select.disabled = options.length === 0;
      // nothing to pick but "all" (a framework without domains): the filter would only offer an empty choice
      select.closest('.field').hidden = (Boolean(spec.all) && options.length === 1)
        || (Boolean(spec.hideEmpty) && options.length === 0);
    });
  }

  function links() {
    const p = params();
    document.querySelectorAll('[data-view-link]').forEach((a) => {
      const view = VIEWS.find((v) => v.id === a.dataset.viewLink);
      const carried = new URLSearchParams();
      CARRIED.forEach((key) => { if (p.get(key)) carried.set(key, p.get(key)); });
      a.href = `${view.page}?${carried}`;
    });
    document.querySelectorAll('[data-export]').forEach((a) => { a.href = exportHref(a.dataset.export, a.dataset.format); });
  }

  // the export takes the view's filters from the URL, minus the what-if picks, plus the language
  function exportHref(dataset, format, extra = {}) {
    const q = new URLSearchParams(params());
    q.delete('raise');
    Object.entries(extra).forEach(([key, value]) => q.set(key, value));
    q.set('format', format);
    q.set('lang', I18n.lang());
    return `/api/export/${dataset}?${q}`;
  }

  function renderUser() {
    const box = document.getElementById('user');
    const user = JSON.parse(localStorage.getItem(USER) || 'null');
    if (!user || !user.username) {
      box.replaceChildren();
      return;
    }
    const text = I18n.t('user.signedInAs', { name: user.display_name || user.username })
      + (user.role === 'opd' ? ` · ${I18n.t('user.opdScope', { opd: user.opd_code })}` : '');
    const out = el('button', { type: 'button', class: 'link-button', i18n: 'user.signOut' });
    out.addEventListener('click', async () => {
      await Api.post('/api/logout').catch(() => null);
      localStorage.removeItem(USER);
      location.assign(document.body.dataset.login);
    });
    box.replaceChildren(el('span', { text }), out);
  }

  function message(text) {
    const box = document.getElementById('message');
    box.textContent = text || '';
    box.hidden = !text;
  }

  // what the view shows instead of the refused choice, as its select names it
  function shownChoice(parameter) {
    const select = document.getElementById(`filter-${parameter}`);
    if (select && select.selectedIndex >= 0 && select.value !== '') return select.options[select.selectedIndex].text;
    return I18n.t('filter.all');
  }

  function syncUrl(data) {
    const s = data.selection;
    const changes = {};
    if (state.filters.includes('instansi') && s.instansi_code) changes.instansi = s.instansi_code;
    if (state.filters.includes('year') && s.year) changes.year = String(s.year);
    if (state.filters.includes('framework') && s.framework_id) changes.framework = s.framework_id;
    if (state.filters.includes('run') && s.run_id) changes.run = s.run_id;
    if (state.filters.includes('snapshot') && s.snapshot_on) changes.snapshot = s.snapshot_on;
    setParams(changes, false);
  }

  async function reload(retried) {
    document.body.dataset.ready = 'false';
    try {
      const query = {};
      const p = params();
      state.filters.forEach((name) => { if (p.get(name)) query[name] = p.get(name); });
      Object.assign(query, state.extraParams ? state.extraParams(p) : {});
      state.data = await Api.get(`/api/${state.view}`, query);
      syncUrl(state.data);
      fillFilters(state.data);
      message(state.notice ? I18n.t('error.replaced', { message: state.notice.message,
        shown: shownChoice(state.notice.parameter) }) : '');
      state.notice = null;
      state.render(state.data);
      document.getElementById('data-version').textContent = state.data.version;
    } catch (e) {
      if (e.status === 400 && DROPPABLE.includes(e.parameter) && retried !== true) {
        setParams({ [e.parameter]: null }, false);
        state.notice = { parameter: e.parameter, message: e.message };
        message(e.message);
        await reload(true);
        return;
      }
      state.notice = null;
      if (e.status !== 401) message(e.code === 'nothing_published' ? I18n.t('error.nothingPublished') : I18n.t('error.generic', { message: e.message }));
    } finally {
      links();
      document.body.dataset.ready = 'true';
    }
  }

  async function start(options) {
    state.view = document.body.dataset.view;
    state.filters = (document.body.dataset.filters || '').split(/\s+/).filter(Boolean);
    state.render = options.render;
    state.extraParams = options.extraParams;
    await I18n.load(I18n.pick());
    setParams({ lang: I18n.lang() }, false);
    buildHeader();
    wire();
    renderUser();
    await reload();
  }

  // <a> pairs that download the table as CSV and XLSX with the view's current filters
  function exportLinks(dataset, titleKey, extra) {
    const box = el('p', { class: 'exports' }, [el('span', { i18n: 'export.label' })]);
    ['csv', 'xlsx'].forEach((format) => {
      const a = el('a', { download: '', class: 'button', text: I18n.t(`export.${format}`),
        href: exportHref(dataset, format, extra) });
      if (!extra) { a.dataset.export = dataset; a.dataset.format = format; }
      a.setAttribute('aria-label', `${I18n.t('export.label')}: ${I18n.t(titleKey)} (${format.toUpperCase()})`);
      box.append(' ', a);
    });
    return box;
  }

  return { start, reload, params, setParams, exportLinks, links, el, message, data: () => state.data };
})();
