// Language: Bahasa Indonesia by default; English when chosen (?lang=en or the selector), remembered in localStorage.
// Numbers follow the language: 2,76 in Indonesian, 2.76 in English.
window.I18n = (() => {
  const STORAGE = 'spbe.lang';
  const SUPPORTED = ['id', 'en'];
  let lang = 'id';
  let dict = {};

  function pick() {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    if (SUPPORTED.includes(fromUrl)) return fromUrl;
    const stored = localStorage.getItem(STORAGE);
    return SUPPORTED.includes(stored) ? stored : 'id';
  }

  async function load(wanted) {
    lang = SUPPORTED.includes(wanted) ? wanted : 'id';
    localStorage.setItem(STORAGE, lang);
    const response = await fetch(`/i18n/${lang}.json`);
    dict = await response.json();
    document.documentElement.lang = lang;
    apply(document);
  }

  function t(key, params = {}) {
    const text = dict[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? params[name] : m));
  }

  function apply(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  }

  function locale() {
    return lang === 'en' ? 'en-GB' : 'id-ID';
  }

  function num(value, digits = 2) {
    if (value === null || value === undefined || value === '') return '–';
    return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits })
      .format(Number(value));
  }

  return { pick, load, t, apply, num, locale, lang: () => lang };
})();
