// The dashboard's only way to the server: GET JSON, errors surfaced in the chosen language.
window.Api = (() => {
  async function get(path, params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
    const response = await fetch(query.toString() ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(I18n.lang() === 'en' ? (body.message_en || response.statusText) : (body.message || response.statusText));
      error.status = response.status;
      error.code = body.error;
      throw error;
    }
    return body;
  }
  return { get };
})();
