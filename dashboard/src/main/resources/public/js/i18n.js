// Texts and number formats of the two languages. Bahasa Indonesia is the default; the choice is remembered in
// localStorage and carried in the URL (?lang=en) so a shared link opens in the same language. Numbers follow the
// language: 2,76 in Indonesian, 2.76 in English.
window.I18n = (() => {
  const STORAGE = 'spbe.lang';
  const SUPPORTED = ['id', 'en'];
  let lang = 'id';
  let dict = {};

  // 'in' is the legacy code Java and some browsers still use for Indonesian
  function normalise(value) {
    if (!value) return null;
    const code = String(value).toLowerCase().split(/[-_]/)[0];
    if (code === 'in') return 'id';
    return SUPPORTED.includes(code) ? code : null;
  }

  function pick() {
    return normalise(new URLSearchParams(location.search).get('lang'))
      || normalise(localStorage.getItem(STORAGE)) || 'id';
  }

  async function load(wanted) {
    lang = normalise(wanted) || 'id';
    localStorage.setItem(STORAGE, lang);
    const response = await fetch(`/i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
    dict = await response.json();
    document.documentElement.lang = lang;
    apply(document);
  }

  // a text with a {count} of exactly 1 takes its singular form (key.one) where the language has one: "1 indicator"
  function t(key, params = {}) {
    const singular = Number(params.count) === 1 && dict[`${key}.one`] !== undefined;
    const text = (singular ? dict[`${key}.one`] : dict[key]) ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? params[name] : m));
  }

  function has(key) {
    return key in dict;
  }

  // a code from the data (official, over, PUBLISHED, ...) in the chosen language, else as it is
  function code(value) {
    if (value === null || value === undefined) return '';
    return has(`code.${value}`) ? t(`code.${value}`) : String(value);
  }

  function apply(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  }

  function locale() {
    return lang === 'en' ? 'en-GB' : 'id-ID';
  }

  function num(value, digits = 2) {
    if (value === null || value === undefined || value === '') return '–';
    return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits,
      useGrouping: false }).format(Number(value));
  }

  // a maturity level: whole under Indeks SPBE ("3", not "3,00"), two places where it is a decimal (Indeks Pemdi's
  // 1,26); a table's column passes the digits its whole column needs, so that it reads one way
  function level(value, digits) {
    if (value === null || value === undefined || value === '') return '–';
    return num(value, digits ?? (Number.isInteger(Number(value)) ? 0 : 2));
  }

  function signed(value, digits = 2) {
    if (value === null || value === undefined) return '–';
    return (Number(value) > 0 ? '+' : '') + num(value, digits);
  }

  // a date in words ("31 Maret 2025"), a moment in words in WIB, the time zone of the pemda's office
  // ("2 Desember 2026 13.30 WIB"), never an ISO string; kept whole on one line by the table's CSS
  function date(value) {
    if (!value) return '–';
    const day = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? new Date(`${value}T00:00:00Z`) : new Date(value);
    if (Number.isNaN(day.getTime())) return String(value);
    return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  }

  function time(value) {
    if (!value) return '–';
    // the pipeline records its moments in UTC (a run id ends in Z); a time sent without its zone is UTC, not the
    // browser's local time
    const text = String(value);
    const moment = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
    if (Number.isNaN(moment.getTime())) return String(value);
    const words = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit',
      minute: '2-digit', hour12: false, timeZone: 'Asia/Jakarta' }).format(moment).replace(/,/g, '');
    return `${words} WIB`;
  }

  function predikat(name, nameEn) {
    if (!name) return '';
    return lang === 'en' && nameEn && nameEn !== name ? `${name} (${nameEn})` : name;
  }

  // a predikat named as the framework's bands name it in English ("Baik (Good)"), for payloads that send the bands
  function predikatOf(name, bands, frameworkId) {
    const band = (bands || []).find((b) => b.predikat === name && (!frameworkId || b.framework_id === frameworkId));
    return predikat(name, band ? band.predikat_en : null);
  }

  return { pick, load, t, has, code, apply, num, level, signed, date, time, predikat, predikatOf, locale, lang: () => lang };
})();
