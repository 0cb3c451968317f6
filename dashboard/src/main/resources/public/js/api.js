// The dashboard's only way to the server: GET JSON (one call per view), errors surfaced in the chosen language.
// A 401 means the session ended: back to the sign-in page, returning here afterwards.
window.Api = (() => {
  function url(path, params = {}) {
    const query = new URLSearchParams();
    Object.entries(params).forEach(([key, value]) => {
      (Array.isArray(value) ? value : [value]).forEach((v) => {
        if (v !== null && v !== undefined && v !== '') query.append(key, v);
      });
    });
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  }

  async function send(path, options) {
    const response = await fetch(path, options);
    if (response.status === 401 && !path.startsWith('/api/login')) {
      // the login page's path comes from the server's Page enum (the body's data-login)
      location.assign(`${document.body.dataset.login}?next=${encodeURIComponent(location.pathname + location.search)}`);
      throw Object.assign(new Error(I18n.t('login.intro')), { status: 401 });
    }
    const body = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(I18n.lang() === 'en' ? (body.message_en || response.statusText)
        : (body.message || response.statusText));
      error.status = response.status;
      error.code = body.error;
      error.parameter = body.parameter;
      throw error;
    }
    return body;
  }

  function get(path, params = {}) {
    return send(url(path, params), { headers: { Accept: 'application/json' } });
  }

  function post(path, body) {
    return send(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body || {}) });
  }

  return { get, post, url };
})();
