// Sign-in: posts the name and password as JSON; the session comes back as an HttpOnly cookie this script never
// sees. Only an address on this site is followed after signing in (no open redirect).
(() => {
  const USER = 'spbe.user';

  // Judged after the browser's own URL parsing, which drops tabs and newlines and reads a backslash as '/':
  // '/\t/evil.example' looks like a path here but is //evil.example to the browser.
  function next() {
    const wanted = new URLSearchParams(location.search).get('next') || '/';
    let url;
    try {
      url = new URL(wanted, location.href);
    } catch (e) {
      return '/';
    }
    return url.origin === location.origin ? url.pathname + url.search + url.hash : '/';
  }

  function message(text) {
    const box = document.getElementById('message');
    box.textContent = text || '';
    box.hidden = !text;
  }

  async function submit(event) {
    event.preventDefault();
    const button = document.getElementById('login-submit');
    button.disabled = true;
    try {
      const response = await fetch('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json',
        Accept: 'application/json' }, body: JSON.stringify({ username: document.getElementById('username').value,
        password: document.getElementById('password').value }) });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        message(I18n.lang() === 'en' ? body.message_en : body.message);
        document.getElementById('password').value = '';
        document.getElementById('password').focus();
        return;
      }
      localStorage.setItem(USER, JSON.stringify(body));
      location.assign(next());
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    localStorage.removeItem(USER);
    const lang = document.getElementById('lang');
    await I18n.load(I18n.pick());
    lang.value = I18n.lang();
    lang.addEventListener('change', () => I18n.load(lang.value));
    document.getElementById('login-form').addEventListener('submit', submit);
    document.getElementById('username').focus();
    document.body.dataset.ready = 'true';
  });
})();
