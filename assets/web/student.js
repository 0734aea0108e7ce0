// The student's page: join with the code, predict, see "answer received", follow the rounds and the reveal.
// Everything from the server is put in the page as text (textContent), never as markup.
'use strict';
(function () {
  const I = window.GatherlabI18n;
  const t = I.t;
  const $ = id => document.getElementById(id);
  const QUESTIONS = ['when', 'what', 'cancelled'];
  const TOKEN = 'gatherlab.student';
  let token = localStorage.getItem(TOKEN);
  let lesson = null;
  let state = null;
  let events = null;
  let statusKey = null;      // the status message shown, as [key, ...args], re-worded on a language switch

  function show(view) {
    for (const id of ['join-view', 'quiz-view', 'closed-view']) $(id).hidden = id !== view;
  }

  async function call(method, path, body) {
    const headers = { 'Accept': 'application/json' };
    if (token) headers['X-Student'] = token;
    if (body) headers['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    return { status: res.status, data };
  }

  // ------------------------------------------------------------------------------------------ joining

  async function start() {
    I.wire(render);
    fillCodeFromLink();
    window.addEventListener('hashchange', fillCodeFromLink);
    $('join-form').addEventListener('submit', join);
    $('answer-form').addEventListener('submit', answer);
    try {
      const hello = await call('GET', '/api/hello');
      $('nickname-row').hidden = !(hello.data && hello.data.nicknames);
      if (token) {
        const r = await call('GET', '/api/state');
        if (r.status === 200) return enter(r.data);
        forget();
      }
    } catch (e) {
      $('join-error').textContent = t('error.network');
    }
    show('join-view');
    $('code').focus();
  }

  /** The QR code's link carries the code (#code=482913): fill it in and take it off the address bar. */
  function fillCodeFromLink() {
    const hash = new URLSearchParams(location.hash.slice(1));
    if (hash.get('code')) {
      $('code').value = hash.get('code');
      history.replaceState(null, '', location.pathname);
    }
  }

  async function join(ev) {
    ev.preventDefault();
    const code = $('code').value.replace(/[\s-]/g, '');
    const error = $('join-error');
    error.textContent = '';
    $('code').removeAttribute('aria-invalid');
    if (!/^[0-9]{6}$/.test(code)) return invalid('code', t('join.missing'));
    try {
      const r = await call('POST', '/api/join', { code, nickname: $('nickname-row').hidden ? null : $('nickname').value });
      if (r.status === 200) {
        token = r.data.token;
        localStorage.setItem(TOKEN, token);
        return enter(r.data);
      }
      const reason = r.data && r.data.error;
      if (reason === 'bad-nickname') return invalid('nickname', t('join.nicknameBad'));
      invalid('code', t(reason === 'too-many-wrong-codes' || r.status === 429 ? 'join.slow'
        : reason === 'class-full' ? 'join.full' : reason === 'closed' ? 'closed.title' : 'join.wrong'));
    } catch (e) {
      error.textContent = t('error.network');
    }
  }

  function invalid(field, message) {
    $('join-error').textContent = message;
    $(field).setAttribute('aria-invalid', 'true');
    $(field).focus();
  }

  function forget() {
    token = null;
    localStorage.removeItem(TOKEN);
  }

  function enter(data) {
    lesson = data.lesson;
    state = data.state;
    build();
    show('quiz-view');
    render();
    $('lesson-title').focus();
    listen();
  }

  function listen() {
    if (events) events.close();
    events = new EventSource('/api/events?t=' + encodeURIComponent(token));
    events.addEventListener('state', e => {
      const next = JSON.parse(e.data);
      const phaseChanged = !state || next.phase !== state.phase || next.round !== state.round;
      state = next;
      if (phaseChanged) statusKey = null;
      render();
    });
    events.addEventListener('closed', () => {
      events.close();
      forget();
      show('closed-view');
      $('closed-title').focus();
    });
    events.onerror = () => {
      if (events.readyState !== EventSource.CLOSED) setStatus(['status.lost']);
    };
  }

  // ------------------------------------------------------------------------------------------ the quiz

  /** The parts that do not change with the session's phase: choices (built once, re-worded on a language switch). */
  function build() {
    for (const q of lesson.questions) {
      const box = document.querySelector('#q-' + q.key + ' .choices');
      box.textContent = '';
      q.choices.en.forEach((_, i) => {
        const id = 'c-' + q.key + '-' + i;
        const label = document.createElement('label');
        label.className = 'choice';
        label.htmlFor = id;
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = q.key;
        input.value = String(i);
        input.id = id;
        const text = document.createElement('span');
        text.className = 'code-text';
        label.append(input, text);
        box.append(label);
      });
    }
  }

  function render() {
    if (!lesson) return;
    const lang = I.lang();
    I.apply();
    $('lesson-title').textContent = lesson.title[lang];
    I.codeText($('lesson-question'), lesson.question[lang]);
    renderScenario(lang);
    for (const q of lesson.questions) {
      document.querySelectorAll('#q-' + q.key + ' .choice .code-text').forEach((span, i) => { span.textContent = q.choices[lang][i]; });
    }
    const revealed = state.phase === 'revealed';
    const voting = state.phase === 'voting';
    const mine = state.answers[state.round - 1];
    // A page that reloads shows the answer the server has; otherwise the student's picks stay as they are.
    if (mine) for (const q of QUESTIONS) {
      const input = document.getElementById('c-' + q + '-' + mine[q]);
      if (input && !document.querySelector('input[name="' + q + '"]:checked')) input.checked = true;
    }
    $('answer-form').querySelectorAll('input, button').forEach(el => { el.disabled = !voting; });
    $('send').textContent = t(mine ? 'answer.change' : 'answer.send');
    $('send').hidden = !voting;
    if (!statusKey) {
      statusKey = voting ? (mine ? ['answer.received', state.round] : state.round === 2 ? ['status.round2'] : ['status.voting', state.round])
        : state.phase === 'results' ? ['status.results'] : revealed ? ['status.revealed'] : null;
    }
    setStatus(statusKey);
    const src = '/api/picture.svg?t=' + encodeURIComponent(token) + '&lang=' + lang + '&phase=' + (revealed ? 'revealed' : 'plan');
    if ($('picture').getAttribute('src') !== src) $('picture').src = src;
    $('picture').alt = t(revealed ? 'picture.alt.after' : 'picture.alt.before');
    $('picture-caption').textContent = t(revealed ? 'picture.after' : 'picture.before');
    renderReveal(lang);
  }

  function renderScenario(lang) {
    const body = document.querySelector('#tasks tbody');
    body.textContent = '';
    for (const task of lesson.scenario.tasks) {
      const row = document.createElement('tr');
      const fails = task.failureRate >= 1 ? (task.failAtMs !== undefined ? t('fails.at', task.failAtMs) : t('fails.yes'))
        : task.failureRate > 0 ? t('fails.chance', Math.round(task.failureRate * 1000) / 10) : t('fails.no');
      const takes = task.durationMs + ' ms' + (task.cancelAtMs !== undefined ? '; ' + t('cancel.at', task.cancelAtMs) : '');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = task.name;
      row.append(name, cell(t('kind.' + task.kind)), cell(takes), cell(fails));
      body.append(row);
    }
    const runs = $('runs');
    runs.textContent = '';
    lesson.scenario.runs.forEach((label, i) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = label;
      li.append(code);
      if (i === lesson.scenario.focusRun) {
        li.className = 'focus';
        const mark = document.createElement('strong');
        mark.textContent = ' \u2190 ' + t('scenario.focus');
        li.append(mark);
      }
      runs.append(li);
    });
  }

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function renderReveal(lang) {
    const section = $('reveal');
    section.hidden = !state.reveal;
    document.querySelectorAll('.choice').forEach(c => c.classList.remove('right', 'picked-wrong'));
    if (!state.reveal) return;
    const r = state.reveal;
    const mine = state.answers[state.round - 1] || state.answers[0];
    const list = $('reveal-marks');
    list.textContent = '';
    lesson.questions.forEach((q, n) => {
      const right = r.correct[q.key];
      const picked = mine ? mine[q.key] : null;
      document.getElementById('c-' + q.key + '-' + right).closest('.choice').classList.add('right');
      if (picked !== null && picked !== right) document.getElementById('c-' + q.key + '-' + picked).closest('.choice').classList.add('picked-wrong');
      const li = document.createElement('li');
      li.className = picked === right ? 'right' : 'wrong';
      const head = document.createElement('strong');
      head.textContent = (picked === right ? '\u2713 ' : '\u2717 ') + t('q.' + q.key) + ' ' + t(picked === null ? 'reveal.none' : picked === right ? 'reveal.right' : 'reveal.wrong');
      const detail = document.createElement('span');
      detail.className = 'code-text';
      detail.textContent = t('reveal.answer', q.choices[lang][right]) + (picked !== null && picked !== right ? '; ' + t('reveal.yours', q.choices[lang][picked]) : '');
      li.append(head, document.createElement('br'), detail);
      list.append(li);
    });
    I.codeText($('rule'), r.rule[lang]);
    I.codeText($('look-at'), r.lookAt[lang]);
  }

  function setStatus(key) {
    statusKey = key;
    $('status').textContent = key ? t(...key) : '';
    $('status').className = 'status' + (key && key[0] === 'answer.received' ? ' received' : '');
  }

  async function answer(ev) {
    ev.preventDefault();
    $('answer-error').textContent = '';
    const picked = {};
    const missing = [];
    QUESTIONS.forEach((q, i) => {
      const input = document.querySelector('input[name="' + q + '"]:checked');
      if (input) picked[q] = Number(input.value);
      else missing.push(i);
    });
    if (missing.length) {
      $('answer-error').textContent = t('answer.missing', missing.map(i => t('answer.q' + (i + 1))).join(', '));
      document.querySelector('#q-' + QUESTIONS[missing[0]] + ' input').focus();
      return;
    }
    try {
      const r = await call('POST', '/api/answer', Object.assign({ round: state.round }, picked));
      if (r.status === 200) {
        state = r.data;
        statusKey = ['answer.received', state.round];
        render();
      } else if (r.status === 409) {
        $('answer-error').textContent = t('answer.closed');
      } else if (r.status === 401 || r.status === 410) {
        forget();
        location.reload();
      } else {
        $('answer-error').textContent = (r.data && r.data.message) || t('error.network');
      }
    } catch (e) {
      $('answer-error').textContent = t('error.network');
    }
  }

  start();
})();
