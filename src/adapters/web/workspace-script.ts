/**
 * The editing page's script, sent inline (a few kilobytes, no framework; decision 016). It posts
 * to the API with the session's CSRF token, keeps the edition's version, shows the server's
 * messages beside their fields, and asks the server for the table as typed — the rules are
 * applied on the server only.
 */
export const WORKSPACE_SCRIPT = `(() => {
  const main = document.querySelector('main');
  const edition = main.dataset.edition;
  const csrf = main.dataset.csrf;
  const words = JSON.parse(main.dataset.words);
  let version = Number(main.dataset.version);
  const SCORE = /^\\s*\\d+\\s*[-–]\\s*\\d+\\s*$/;
  const api = async (method, path, body) => {
    const response = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const type = response.headers.get('content-type') || '';
    const data = type.includes('json') ? await response.json() : await response.text();
    if (response.ok && data && typeof data === 'object' && typeof data.version === 'number') {
      version = data.version;
      const shown = document.getElementById('version');
      if (shown) shown.textContent = String(version);
    }
    return { response, data };
  };
  const fieldOf = (form, path) => {
    const parts = String(path).split(/[ .\\[\\]]+/).filter((part) => part && part !== 'body' && !/^\\d+$/.test(part));
    for (let at = parts.length - 1; at >= 0; at -= 1) {
      const field = form && form.querySelector('[name="' + parts[at] + '"]');
      if (field) return field;
    }
    return undefined;
  };
  const say = (element, text, kind) => {
    if (!element) return;
    element.textContent = text;
    element.className = 'message' + (element.classList.contains('form-message') ? ' form-message' : '') + (kind ? ' ' + kind : '');
  };
  const messageOf = (field) => field && document.getElementById(field.getAttribute('aria-describedby') || '');
  const clear = (form) => {
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const message of form.querySelectorAll('.message')) say(message, '');
  };
  // Every problem beside its field; what belongs to no field beside the button.
  const showProblems = (form, response, data, fallback) => {
    if (response.status === 409) return say(fallback, words.stale, 'error');
    if (response.status === 401 || response.status === 403) return say(fallback, words.notAllowed, 'error');
    const issues = (data && data.issues) || [];
    if (issues.length === 0) return say(fallback, words.refused + ' ' + ((data && data.error) || response.status), 'error');
    let first;
    for (const issue of issues) {
      const field = fieldOf(form, issue.path);
      const target = messageOf(field) || fallback;
      const text = field && field.name === 'score' ? words.badScore + ' (' + words.received + ' ' + issue.received + ')' : issue.message;
      say(target, text, 'error');
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        first = first || field;
      }
    }
    if (first) first.focus();
  };

  // Results: the table follows as you type; Enter saves; Escape puts back the saved score.
  const inputs = [...document.querySelectorAll('input.score')];
  const showTables = (tables, preview) => {
    for (const [id, table] of Object.entries(tables)) {
      const holder = document.getElementById(id);
      if (!holder) continue;
      holder.innerHTML = table;
      holder.classList.toggle('previewing', preview);
      const caption = holder.querySelector('caption');
      if (caption && preview) caption.textContent = holder.dataset.captionPreview;
    }
  };
  let previewTimer;
  const preview = (input) => {
    clearTimeout(previewTimer);
    const value = input.value.trim();
    if (value !== '' && !SCORE.test(value)) return;
    previewTimer = setTimeout(async () => {
      const { response, data } = await api('POST', '/editions/' + encodeURIComponent(edition) + '/edit/preview', { match: input.dataset.match, score: value === '' ? null : value });
      if (response.ok) showTables(data.tables, value !== input.dataset.saved);
    }, 120);
  };
  const save = async (input) => {
    const message = messageOf(input);
    const value = input.value.trim();
    if (value === input.dataset.saved) return true;
    input.removeAttribute('aria-invalid');
    say(message, words.saving);
    const body = value === '' ? { version, status: 'scheduled' } : { version, score: value };
    const { response, data } = await api('PUT', '/api/editions/' + encodeURIComponent(edition) + '/matches/' + encodeURIComponent(input.dataset.match), body);
    if (!response.ok) {
      say(message, '');
      showProblems(input.closest('tr'), response, data, message);
      input.setAttribute('aria-invalid', 'true');
      return false;
    }
    input.dataset.saved = value;
    say(message, words.saved, 'ok');
    const { response: fresh, data: tables } = await api('POST', '/editions/' + encodeURIComponent(edition) + '/edit/preview', { match: input.dataset.match, score: value === '' ? null : value });
    if (fresh.ok) showTables(tables.tables, false);
    return true;
  };
  inputs.forEach((input, index) => {
    input.addEventListener('input', () => preview(input));
    input.addEventListener('keydown', async (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (await save(input)) (inputs[index + 1] || input).focus();
      } else if (event.key === 'Escape') {
        input.value = input.dataset.saved;
        input.removeAttribute('aria-invalid');
        say(messageOf(input), '');
        preview(input);
      }
    });
  });

  const valuesOf = (form) => Object.fromEntries(new FormData(form).entries());
  const done = (form, text) => {
    const message = form.querySelector('.form-message') || document.getElementById('page-status');
    say(message, text, 'ok');
    setTimeout(() => location.reload(), 600);
  };

  // The draw: run it on the server, see it on the map, keep it.
  for (const form of document.querySelectorAll('form.draw')) {
    const result = form.parentElement.querySelector('.draw-result');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(form);
      const values = valuesOf(form);
      const request = { stage: form.dataset.stage, method: values.method, groups: Number(values.groups), seed: Number(values.seed), ...(values.apartByRegion ? { apartByRegion: true } : {}) };
      result.textContent = words.drawing;
      const { response, data } = await api('POST', '/editions/' + encodeURIComponent(edition) + '/edit/draw', request);
      if (!response.ok) {
        result.textContent = '';
        const message = document.createElement('p');
        message.className = 'message';
        result.append(message);
        return showProblems(form, response, data, message);
      }
      result.innerHTML = data;
      const keep = result.querySelector('.keep-draw');
      keep.addEventListener('click', async () => {
        const message = result.querySelector('.form-message');
        const { response: kept, data: answer } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/draw', { ...JSON.parse(keep.dataset.request), write: true, version });
        if (!kept.ok) return showProblems(form, kept, answer, message);
        done(result, words.drawKept);
      });
    });
  }

  for (const form of document.querySelectorAll('form.fixtures')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(form);
      const values = valuesOf(form);
      const body = { version, stage: form.dataset.stage, regenerate: true, ...(values.double ? { double: true } : {}), ...(values.start ? { calendar: { start: values.start } } : {}) };
      const { response, data } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/fixtures', body);
      if (!response.ok) return showProblems(form, response, data, form.querySelector('.form-message'));
      done(form, words.fixturesDone);
    });
  }

  // Rulings: the kind decides which fields count.
  const rulingForm = document.querySelector('form.ruling');
  if (rulingForm) {
    const kindField = rulingForm.querySelector('[name=kind]');
    const showKind = () => {
      for (const field of rulingForm.querySelectorAll('.field')) {
        const kinds = field.dataset.kinds.split(' ');
        field.hidden = !(kinds.includes('*') || kinds.includes(kindField.value));
      }
    };
    kindField.addEventListener('change', showKind);
    showKind();
    rulingForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(rulingForm);
      const values = valuesOf(rulingForm);
      const common = { reason: values.reason, ...(values.authority ? { authority: values.authority } : {}), ...(values.source ? { sources: [{ title: values.source, url: values.source }] } : {}) };
      const scoreText = String(values.score || '');
      const [home, away] = scoreText.split(/[-–]/).map((part) => Number(part.trim()));
      const byKind = {
        pointAdjustment: { kind: 'pointAdjustment', club: values.club, points: Number(values.points) },
        withdrawal: { kind: 'withdrawal', club: values.club, results: values.results },
        awardedResult: { kind: 'awardedResult', match: { id: values.match }, score: SCORE.test(scoreText) ? { home, away } : scoreText, forfeitedBy: values.forfeitedBy },
        replacement: { kind: 'replacement', stage: values.stage, out: values.out, in: values.in },
      };
      const ruling = { ...byKind[values.kind], ...common };
      const { response, data } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/rulings', { version, ruling });
      if (!response.ok) return showProblems(rulingForm, response, data, rulingForm.querySelector('.form-message'));
      done(rulingForm, words.rulingSaved);
    });
  }

  const clubForm = document.querySelector('form.club');
  if (clubForm) {
    const name = clubForm.querySelector('[name=name]');
    const id = clubForm.querySelector('[name=id]');
    name.addEventListener('input', () => {
      if (id.dataset.touched) return;
      id.value = name.value.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    });
    id.addEventListener('input', () => { id.dataset.touched = 'yes'; });
    clubForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(clubForm);
      const values = valuesOf(clubForm);
      const club = { id: values.id, name: values.name };
      for (const key of ['city', 'region']) if (values[key]) club[key] = values[key];
      for (const key of ['lat', 'lon']) if (values[key] !== '') club[key] = Number(values[key]);
      const { response, data } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/clubs', { version, club });
      if (!response.ok) return showProblems(clubForm, response, data, clubForm.querySelector('.form-message'));
      done(clubForm, words.clubRegistered);
    });
  }

  const mergeForm = document.querySelector('form.merge');
  if (mergeForm) {
    mergeForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(mergeForm);
      const values = valuesOf(mergeForm);
      const { response, data } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/clubs/merge', { version, from: values.from, into: values.into, reason: values.reason });
      if (!response.ok) return showProblems(mergeForm, response, data, mergeForm.querySelector('.form-message'));
      done(mergeForm, words.merged);
    });
  }
})();`;
