// mgcalc web: the Day page's forms. Reads go to /api/v1/ with GET; writes send the
// per-start CSRF token from the page's meta tag (docs/web.md#security). No inline script:
// the Content-Security-Policy allows only this file.
'use strict';

const csrf = document.querySelector('meta[name="csrf-token"]').content;
const profile = new URLSearchParams(location.search).get('profile') || '';
const status = document.getElementById('status');

function apiUrl(path, params) {
  // A path may carry its own query ('foods?q=...'): the profile joins it, never a second '?'.
  const at = path.indexOf('?');
  const q = new URLSearchParams(at < 0 ? '' : path.slice(at + 1));
  for (const [k, v] of Object.entries(params || {})) q.set(k, v);
  if (profile) q.set('profile', profile);
  const s = q.toString();
  return '/api/v1/' + (at < 0 ? path : path.slice(0, at)) + (s ? '?' + s : '');
}

async function api(method, path, body) {
  const res = await fetch(apiUrl(path), {
    method: method,
    headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = json.error || {};
    throw new Error((e.message || 'the request failed') + (e.hint ? ' (' + e.hint + ')' : ''));
  }
  return json;
}

function say(text) {
  if (status) status.textContent = text;
}

// The warnings a log answer carries (docs/json.md), after its message: over 2 kg of one
// food, a date after today, a day total still counted, a supplement for an infant or with
// kidney disease. They are read out with the message by the status live region.
function withWarnings(message, r) {
  for (const w of r.warnings || [])
    message += ' Warning: ' + w.message + (w.message.endsWith('.') ? '' : '.');
  return message;
}

// After a write the page is drawn again from the files; a message survives the reload.
function reloadWith(message, undo) {
  sessionStorage.setItem('mgcalc-message', message);
  if (undo) sessionStorage.setItem('mgcalc-undo', JSON.stringify(undo));
  else sessionStorage.removeItem('mgcalc-undo');
  location.reload();
}

function restoreBody(entry) {
  const base = {date: entry.date, meal: entry.meal || '', note: entry.note || undefined};
  if (entry.kind === 'supplement')
    return Object.assign(base, {kind: 'supplement', name: entry.name, amount: entry.amount,
                                units: entry.units, form: entry.form || '',
                                compound: entry.compound});
  return Object.assign(base, {food: entry.food_id, amount: entry.amount});
}

function showPending() {
  const message = sessionStorage.getItem('mgcalc-message');
  const undo = sessionStorage.getItem('mgcalc-undo');
  sessionStorage.removeItem('mgcalc-message');
  sessionStorage.removeItem('mgcalc-undo');
  if (!message || !status) return;
  say(message);
  if (!undo) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'undo';
  button.textContent = 'Undo';
  // Undo of a delete writes the entry again; undo of a log removes what was written.
  const what = JSON.parse(undo);
  button.addEventListener('click', async () => {
    try {
      if (what.restore) {
        const r = await api('POST', 'entries', restoreBody(what.restore));
        reloadWith('Restored ' + r.entry.name + '.');
      } else {
        for (const id of what.remove) await api('DELETE', 'entries/' + encodeURIComponent(id));
        reloadWith('Removed what was logged.');
      }
    } catch (e) {
      say(e.message);
    }
  });
  status.append(' ', button);
  button.focus();
}

function setupDelete() {
  for (const b of document.querySelectorAll('button.delete')) {
    b.addEventListener('click', async () => {
      try {
        const r = await api('DELETE', 'entries/' + encodeURIComponent(b.dataset.id));
        reloadWith('Removed ' + r.removed.name + '.', {restore: r.removed});
      } catch (e) {
        say(e.message);
      }
    });
  }
}

// Edit: the amount cell becomes a field; Enter saves (the magnesium is recomputed from the
// current food database, as `log edit` does), Escape cancels.
function setupEdit() {
  for (const b of document.querySelectorAll('button.edit')) {
    b.addEventListener('click', () => {
      const cell = b.closest('tr').children[1];
      const old = cell.innerHTML;
      cell.innerHTML = '';
      const input = document.createElement('input');
      input.type = 'text';
      input.value = b.dataset.amount;
      input.setAttribute('aria-label', 'New amount');
      input.className = 'edit-amount';
      cell.append(input);
      input.focus();
      input.select();
      input.addEventListener('keydown', async (e) => {
        if (e.key === 'Escape') {
          cell.innerHTML = old;
          b.focus();
        } else if (e.key === 'Enter') {
          e.preventDefault();
          try {
            const r = await api('PATCH', 'entries/' + encodeURIComponent(b.dataset.id),
                                {amount: input.value});
            reloadWith(withWarnings('Changed ' + r.edited.name + ' to ' + r.edited.amount +
                                    ': ' + r.edited.magnesium_mg + ' mg.', r));
          } catch (err) {
            say(err.message);
          }
        }
      });
    });
  }
}

// The food search box: a combobox with a listbox (arrows, Enter, Escape).
function setupFoodSearch(form) {
  const input = document.getElementById('food-search');
  const list = document.getElementById('food-options');
  const hidden = document.getElementById('food-id');
  const portion = document.getElementById('portion');
  const amount = document.getElementById('amount');
  let options = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(i) {
    active = i;
    options.forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({block: 'nearest'});
    }
  }

  async function choose(li) {
    hidden.value = li.dataset.id;
    input.value = li.dataset.name;
    close();
    const food = await api('GET', 'foods/' + encodeURIComponent(li.dataset.id));
    portion.innerHTML = '';
    const choices = food.portions.map((p) => p.name).concat(['100 g']);
    for (const name of choices) {
      const o = document.createElement('option');
      o.value = name;
      const p = food.portions.find((x) => x.name === name);
      o.textContent = p ? name + ' (' + p.magnesium_mg + ' mg)' : name;
      portion.append(o);
    }
    const def = food.default_serving.portion.replace(/ \(.*\)$/, '');
    portion.value = choices.includes(def) ? def : choices[0];
    portion.disabled = false;
    amount.value = portion.value;
    portion.focus();
  }

  async function search() {
    const q = input.value.trim();
    hidden.value = '';
    if (q.length < 2) return close();
    const mine = ++seq;
    const r = await api('GET', 'foods?' + new URLSearchParams({q: q, limit: '8'}));
    if (mine !== seq) return;
    list.innerHTML = '';
    options = r.results.map((f, i) => {
      const li = document.createElement('li');
      li.id = 'food-option-' + i;
      li.setAttribute('role', 'option');
      li.dataset.id = f.id;
      li.dataset.name = f.name;
      li.textContent = f.name + ' — ' + f.mg_per_100g + ' mg/100 g · ' + f.tier;
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(li); });
      list.append(li);
      return li;
    });
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
    highlight(options.length ? 0 : -1);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search().catch((e) => say(e.message)), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      highlight(Math.min(active + 1, options.length - 1));
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      choose(options[active]).catch((err) => say(err.message));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  portion.addEventListener('change', () => { amount.value = portion.value; });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!hidden.value) return say('Choose a food from the list first.');
    try {
      const r = await api('POST', 'entries', {
        food: hidden.value, amount: amount.value, date: form.dataset.date,
        meal: document.getElementById('food-meal').value,
      });
      reloadWith(withWarnings('Added ' + r.entry.name + ': ' + r.entry.magnesium_mg +
                              ' mg. Day total ' + r.day.total_mg + ' mg.', r));
    } catch (err) {
      say(err.message);
    }
  });
}

function setupSupplement(form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const r = await api('POST', 'entries', {
        kind: 'supplement',
        name: document.getElementById('sup-name').value,
        amount: document.getElementById('sup-amount').value,
        units: parseInt(document.getElementById('sup-units').value || '1', 10),
        form: document.getElementById('sup-form').value,
        compound: document.getElementById('sup-compound').checked,
        meal: document.getElementById('sup-meal').value,
        date: form.dataset.date,
      });
      // As `log supplement` says: the day's supplements against the upper limit, and the
      // note on a milk of magnesia dose that may be the hydroxide's mass.
      const ul = r.reference.ul_supplemental_mg;
      let message = 'Added ' + r.entry.name + ': ' + r.entry.magnesium_mg + ' mg. Day total ' +
                    r.day.total_mg + ' mg' +
                    (ul ? '; supplements ' + r.day.supplement_mg + ' mg of the ' + ul +
                          ' mg upper limit.' : '.');
      if (r.compound_note)
        message += ' Note: ' + r.compound_note.message + ': undo, then add it again with ' +
                   '"the amount is the compound\'s mass" ticked.';
      reloadWith(withWarnings(message, r), {remove: writtenIds(r)});
    } catch (err) {
      say(err.message);
    }
  });
}

const foodForm = document.getElementById('add-food');
if (foodForm) setupFoodSearch(foodForm);
const supplementForm = document.getElementById('add-supplement');
if (supplementForm) setupSupplement(supplementForm);
const copyDay = document.getElementById('copy-day');
if (copyDay) {
  copyDay.addEventListener('click', async () => {
    try {
      const r = await api('POST', 'entries/copy', {from: copyDay.dataset.from,
                                                   to: copyDay.dataset.to});
      reloadWith(withWarnings('Copied ' + (r.entries ? r.entries.length : 1) +
                              ' entries. Day total ' + r.day.total_mg + ' mg.', r));
    } catch (err) {
      say(err.message);
    }
  });
}

// The ids a log answer wrote: {entry} for one, {entries} for several.
function writtenIds(r) {
  return (r.entries || [r.entry]).map((e) => e.id);
}

// Check: "Log 1/2 cup" logs the suggestion's own food and amount on the checked day.
function setupLogSuggestion() {
  for (const b of document.querySelectorAll('button.log-suggestion')) {
    b.addEventListener('click', async () => {
      try {
        const r = await api('POST', 'entries', {food: b.dataset.food, amount: b.dataset.amount,
                                                date: b.dataset.date});
        reloadWith(withWarnings('Logged ' + r.entry.name + ', ' + r.entry.amount + ': ' +
                                r.entry.magnesium_mg + ' mg on ' + r.entry.date +
                                '. Day total ' + r.day.total_mg + ' mg.', r),
                   {remove: writtenIds(r)});
      } catch (e) {
        say(e.message);
      }
    });
  }
}

// Day: "Log NAME" logs a saved meal on the shown day, as `log meal NAME`.
function setupLogMeal() {
  for (const b of document.querySelectorAll('button.log-meal')) {
    b.addEventListener('click', async () => {
      try {
        const scale = document.getElementById(b.dataset.scale).value.trim() || '1';
        const r = await api('POST', 'entries/meal', {name: b.dataset.name, date: b.dataset.date,
                                                     scale: scale});
        reloadWith(withWarnings('Logged saved meal ' + b.dataset.name +
                                (scale === '1' ? '' : ' × ' + scale) + ': ' +
                                writtenIds(r).length + ' entries. Day total ' +
                                r.day.total_mg + ' mg.', r),
                   {remove: writtenIds(r)});
      } catch (e) {
        say(e.message);
      }
    });
  }
}

// Foods: `foods add` from a label; then the search shows the new food.
function setupCustomFood(form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {};
    for (const [k, v] of new FormData(form)) body[k] = v;
    try {
      const r = await api('POST', 'foods', body);
      sessionStorage.setItem('mgcalc-message', 'Saved ' + r.added + ': ' + r.mg_per_100g +
                             ' mg per 100 g.');
      const q = new URLSearchParams({q: body.name || r.added});
      if (profile) q.set('profile', profile);
      location.assign('/foods?' + q);
    } catch (err) {
      say(err.message);
    }
  });
}

// Profiles: `profile init NAME --force` from the form; lists are comma-separated.
function setupEditProfile(form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (id) => document.getElementById(id).value.trim();
    const list = (id) => value(id).split(',').map((x) => x.trim()).filter((x) => x);
    try {
      const r = await api('PUT', 'profiles/' + encodeURIComponent(form.dataset.name), {
        display_name: value('pf-display'), birthdate: value('pf-birthdate'),
        age: value('pf-age'), months: value('pf-months'), sex: value('pf-sex'),
        pregnant: document.getElementById('pf-pregnant').checked,
        lactating: document.getElementById('pf-lactating').checked,
        medicines: list('pf-medicines'), conditions: list('pf-conditions'),
        exclude: list('pf-exclude'),
      });
      reloadWith('Saved profile ' + r.name + '.');
    } catch (err) {
      say(err.message);
    }
  });
}

const editProfileForm = document.getElementById('edit-profile');
if (editProfileForm) setupEditProfile(editProfileForm);
const customFoodForm = document.getElementById('add-custom-food');
if (customFoodForm) setupCustomFood(customFoodForm);
setupDelete();
setupEdit();
setupLogMeal();
setupLogSuggestion();
showPending();
