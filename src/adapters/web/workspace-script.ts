/**
 * @module The workspace's scripts, sent inline (a few kilobytes each, no framework; decision 016).
 * They post to the API with the session's CSRF token, keep the edition's version, show the
 * server's messages beside their fields, and ask the server for the table as typed — the rules are
 * applied on the server only.
 */

/** What both pages share: the API, messages beside fields, form values. */
const COMMON = `
  const main = document.querySelector('main');
  const csrf = main.dataset.csrf;
  const words = JSON.parse(main.dataset.words);
  const SCORE = /^\\s*\\d+\\s*[-–]\\s*\\d+\\s*$/;
  let version = Number(main.dataset.version);
  // A JSON body, or text as it is (an imported file).
  const api = async (method, path, body) => {
    const text = typeof body === 'string';
    const response = await fetch(path, {
      method,
      headers: { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json', 'x-csrf-token': csrf, accept: 'application/json' },
      body: text ? body : JSON.stringify(body),
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
  // What a form said just before the page reloaded (a travel search's result), said again once.
  const kept = sessionStorage.getItem('torneo-said');
  if (kept) {
    sessionStorage.removeItem('torneo-said');
    say(document.getElementById('page-status'), kept, 'ok');
  }
  const messageOf = (field) => field && document.getElementById(field.getAttribute('aria-describedby') || '');
  const clear = (form) => {
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const message of form.querySelectorAll('.message')) say(message, '');
  };
  // Every problem beside its field; what belongs to no field beside the button.
  const showProblems = (form, response, data, fallback) => {
    if (response.status === 409) return say(fallback, words.stale, 'error');
    if (response.status === 401 || response.status === 403) return say(fallback, words.notAllowed, 'error');
    if (response.status === 503) return say(fallback, words.busy.replace('{seconds}', String((data && data.retryAfter) || 10)), 'error');
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

  const slug = (text) => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const valuesOf = (form) => Object.fromEntries(new FormData(form).entries());
  // Said, then the page reloads to show what was written; \`keep\` says it again after.
  const done = (form, text, keep) => {
    const message = form.querySelector('.form-message') || document.getElementById('page-status');
    say(message, text, 'ok');
    if (keep) sessionStorage.setItem('torneo-said', text);
    setTimeout(() => location.reload(), 600);
  };

`;

const EDIT = `  const edition = main.dataset.edition;
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
  // "not played", "postponed" (in the page's language or in English): what became of a match.
  const unplayedAs = (value) => {
    const text = value.trim().toLowerCase();
    const found = Object.entries(words.unplayed).find(([, word]) => word === text);
    return found ? found[0] : ({ 'not played': 'cancelled', postponed: 'postponed' })[text];
  };
  let previewTimer;
  const preview = (input) => {
    clearTimeout(previewTimer);
    const value = input.value.trim();
    if (value !== '' && !SCORE.test(value) && !unplayedAs(value)) return;
    previewTimer = setTimeout(async () => {
      const { response, data } = await api('POST', '/editions/' + encodeURIComponent(edition) + '/edit/preview', { match: input.dataset.match, score: value === '' || unplayedAs(value) ? null : value });
      if (response.ok) showTables(data.tables, value !== input.dataset.saved);
    }, 120);
  };
  const save = async (input) => {
    const message = messageOf(input);
    const value = input.value.trim();
    if (value === input.dataset.saved) return true;
    input.removeAttribute('aria-invalid');
    say(message, words.saving);
    const body = value === '' ? { version, status: 'scheduled' } : unplayedAs(value) ? { version, status: unplayedAs(value) } : { version, score: value };
    const { response, data } = await api('PUT', '/api/editions/' + encodeURIComponent(edition) + '/matches/' + encodeURIComponent(input.dataset.match), body);
    if (!response.ok) {
      say(message, '');
      showProblems(input.closest('tr'), response, data, message);
      input.setAttribute('aria-invalid', 'true');
      return false;
    }
    input.dataset.saved = value;
    say(message, words.saved, 'ok');
    const { response: fresh, data: tables } = await api('POST', '/editions/' + encodeURIComponent(edition) + '/edit/preview', { match: input.dataset.match, score: value === '' || unplayedAs(value) ? null : value });
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

  // The editor's own distances: the text of the CSV file chosen, if any.
  const distancesOf = async (form) => {
    const file = form.querySelector('[name=distances]')?.files?.[0];
    return file ? { distances: await file.text() } : {};
  };

  // The draw: run it on the server, see it on the map, keep it.
  for (const form of document.querySelectorAll('form.draw')) {
    const result = form.parentElement.querySelector('.draw-result');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(form);
      const values = valuesOf(form);
      const request = { stage: form.dataset.stage, method: values.method, groups: Number(values.groups), seed: Number(values.seed), ...(values.apartByRegion ? { apartByRegion: true } : {}), ...(await distancesOf(form)) };
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
      const list = (text) => String(text || '').split(',').map((item) => item.trim()).filter(Boolean);
      const weekdays = [...form.querySelectorAll('[name=weekdays]:checked')].map((box) => Number(box.value));
      const calendar = values.start
        ? {
            start: values.start,
            ...(weekdays.length > 0 ? { weekdays } : {}),
            ...(values.rest !== '' ? { rest: Number(values.rest) } : {}),
            ...(list(values.venues).length > 0 ? { venues: list(values.venues) } : {}),
            ...(list(values.kickoffs).length > 0 ? { kickoffs: list(values.kickoffs) } : {}),
          }
        : undefined;
      // Least travel: a double round robin searched on the server for 10 s.
      const body = { version, stage: form.dataset.stage, regenerate: true, ...(values.double || values.travel ? { double: true } : {}), ...(values.travel ? { travel: { seconds: 10 } } : {}), ...(calendar ? { calendar } : {}), ...(await distancesOf(form)) };
      if (values.travel) say(form.querySelector('.form-message'), words.searching);
      const { response, data } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/fixtures', body);
      if (!response.ok) return showProblems(form, response, data, form.querySelector('.form-message'));
      // A travel search tells how far its schedule goes, and how near the least possible.
      const travel = data && data.travel;
      if (!travel) return done(form, words.fixturesDone);
      const amount = Math.round(travel.distance).toLocaleString(document.documentElement.lang === 'es' ? 'es-PE' : 'en-GB') + (travel.unit ? ' ' + travel.unit : '');
      const gap = travel.bound === undefined || travel.distance <= 0 ? undefined : Math.round(((travel.distance - travel.bound) / travel.distance) * 1000) / 10;
      const quality = travel.optimal ? words.optimal : gap === undefined ? '' : words.withinGap.replace('{gap}', String(gap));
      done(form, words.travelDone.replace('{travel}', amount) + (quality ? ', ' + quality : '') + '.', true);
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

  // A club's id follows its name until the editor writes one.
  for (const form of document.querySelectorAll('form.club, form.split')) {
    const name = form.querySelector('[name=name]');
    const id = form.querySelector('[name=id]');
    name.addEventListener('input', () => {
      if (id.dataset.touched) return;
      id.value = slug(name.value);
    });
    id.addEventListener('input', () => { id.dataset.touched = 'yes'; });
  }
  const clubForm = document.querySelector('form.club');
  if (clubForm) {
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

  // A club that is two: only the chosen club's matches are offered.
  const splitForm = document.querySelector('form.split');
  if (splitForm) {
    const from = splitForm.querySelector('[name=from]');
    const matches = splitForm.querySelector('[name=matches]');
    const offer = () => {
      for (const option of matches.options) {
        option.hidden = !option.dataset.clubs.split(' ').includes(from.value);
        if (option.hidden) option.selected = false;
      }
    };
    from.addEventListener('change', offer);
    offer();
    splitForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(splitForm);
      const values = valuesOf(splitForm);
      const club = { id: values.id, name: values.name };
      for (const key of ['city', 'region']) if (values[key]) club[key] = values[key];
      const chosen = [...matches.selectedOptions].map((option) => option.value);
      const { response, data } = await api('POST', '/api/editions/' + encodeURIComponent(edition) + '/clubs/split', { version, from: values.from, club, matches: chosen, reason: values.reason });
      if (!response.ok) return showProblems(splitForm, response, data, splitForm.querySelector('.form-message'));
      done(splitForm, words.splitDone);
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
`;

const HOME = `  const go = (id) => { location.href = '/editions/' + encodeURIComponent(id) + '/edit'; };

  // A new edition from a preset: the clubs one per line, split into groups in their order (the
  // draw can regroup them afterwards).
  const presetForm = document.querySelector('form.preset');
  if (presetForm) {
    const kind = presetForm.querySelector('[name=preset]');
    const showKind = () => {
      for (const field of presetForm.querySelectorAll('.field[data-kinds]')) field.hidden = !field.dataset.kinds.split(' ').includes(kind.value);
    };
    kind.addEventListener('change', showKind);
    showKind();
    presetForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(presetForm);
      const values = valuesOf(presetForm);
      const clubs = String(values.clubs).split(/\\r?\\n/).map((line) => line.split(';').map((part) => part.trim())).filter(([name]) => name).map(([name, city, region]) => ({ id: slug(name), name, ...(city ? { city } : {}), ...(region ? { region } : {}) }));
      const count = Number(values.groups);
      const body = {
        preset: values.preset,
        competition: values.competition,
        edition: values.edition,
        rules: values.rules,
        clubs,
        double: Boolean(values.double),
        ...(values.startDate ? { startDate: values.startDate } : {}),
        ...(values.daysBetweenRounds ? { daysBetweenRounds: Number(values.daysBetweenRounds) } : {}),
        ...(values.promoted ? { promoted: Number(values.promoted) } : {}),
        ...(values.relegated ? { relegated: Number(values.relegated) } : {}),
        ...(values.preset === 'groups-and-final' && String(values.finalHost || '').trim() ? { finalHost: String(values.finalHost).trim() } : {}),
        ...(values.preset === 'groups-and-final' ? { groups: Array.from({ length: count > 0 ? count : 0 }, (_, g) => clubs.filter((_, i) => i % count === g).map((club) => club.id)) } : {}),
      };
      const { response, data } = await api('POST', '/api/editions/from-preset', body);
      if (!response.ok) return showProblems(presetForm, response, data, presetForm.querySelector('.form-message'));
      go(data.id);
    });
  }

  // An import: read what the importer understood and reported, then accept it.
  const importForm = document.querySelector('form.import');
  if (importForm) {
    const report = document.getElementById('import-report');
    const textOf = async () => {
      const file = importForm.querySelector('[name=file]').files[0];
      return file ? await file.text() : importForm.querySelector('[name=text]').value;
    };
    const query = () => {
      const from = importForm.querySelector('[name=from]').value;
      return from ? '&from=' + encodeURIComponent(from) : '';
    };
    const element = (tag, text, className) => {
      const node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    importForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(importForm);
      report.replaceChildren();
      const text = await textOf();
      if (!text.trim()) return say(importForm.querySelector('.form-message'), words.noText, 'error');
      const { response, data } = await api('POST', '/api/imports?review=true' + query(), text);
      if (!response.ok) return showProblems(importForm, response, data, importForm.querySelector('.form-message'));
      report.append(element('h3', words.understood));
      report.append(element('p', data.competition + ' ' + data.edition + ' (' + data.format + ')' + (data.champion ? ' — ' + words.champion + ': ' + data.champion : '')));
      const stages = element('ul');
      for (const stage of data.stages) stages.append(element('li', stage.name + ': ' + stage.matches + ' ' + words.matchesCount));
      report.append(stages);
      report.append(element('p', words.clubs + ' (' + data.clubs.length + '): ' + data.clubs.join(', ')));
      if (data.merges.length > 0) {
        report.append(element('h4', words.mergedSpellings));
        const merges = element('ul');
        for (const merge of data.merges) merges.append(element('li', merge.spellings.join(' = ') + ' — ' + merge.reason));
        report.append(merges);
      }
      report.append(element('h4', words.reported));
      if (data.warnings.length === 0) report.append(element('p', words.nothingReported));
      const warnings = element('ul', undefined, 'warnings');
      for (const warning of data.warnings) warnings.append(element('li', (warning.line ? words.line + ' ' + warning.line + ': ' : '') + warning.message));
      report.append(warnings);
      if (data.exists) return report.append(element('p', words.alreadyStored, 'error'));
      const accept = element('button', words.accept);
      accept.type = 'button';
      const message = element('span', '', 'message form-message');
      report.append(accept, message);
      accept.addEventListener('click', async () => {
        const { response: saved, data: answer } = await api('POST', '/api/imports?' + query().slice(1), text);
        if (!saved.ok) return showProblems(importForm, saved, answer, message);
        go(answer.id);
      });
      accept.focus();
    });
  }
`;

/** The script of an edition's editing page. */
export const EDIT_SCRIPT = `(() => {${COMMON}${EDIT}})();`;

/** The script of the workspace's front page: a new edition, an import reviewed. */
export const HOME_SCRIPT = `(() => {${COMMON}${HOME}})();`;
