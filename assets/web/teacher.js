// The teacher's page (for a projector): join screen, live counts, distribution per question, the steps, the reveal.
'use strict';
(function () {
  const I = window.GatherlabI18n;
  const t = I.t;
  const $ = id => document.getElementById(id);
  const QUESTIONS = ['when', 'what', 'cancelled'];
  let key = null;
  let view = null;
  let lesson = null;

  function start() {
    const hash = new URLSearchParams(location.hash.slice(1));
    if (hash.get('k')) {
      sessionStorage.setItem('gatherlab.teacher', hash.get('k'));
      // Off the address bar before the class sees the projector.
      history.replaceState(null, '', location.pathname);
    }
    key = sessionStorage.getItem('gatherlab.teacher');
    I.wire(render);
    if (!key) {
      $('problem').textContent = t('teacher.noKey');
      return;
    }
    for (const action of ['results', 'round2', 'reveal']) $(action).addEventListener('click', () => act(action));
    $('close').addEventListener('click', () => { if (confirm(t('teacher.closeConfirm'))) act('close'); });
    $('qr').src = '/api/teacher/qr.svg?k=' + encodeURIComponent(key);
    const events = new EventSource('/api/teacher/events?k=' + encodeURIComponent(key));
    events.addEventListener('state', e => { view = JSON.parse(e.data); render(); });
    events.addEventListener('closed', () => { events.close(); view = Object.assign({}, view, { phase: 'closed' }); render(); });
    events.onerror = () => { if (!view) $('problem').textContent = t('teacher.noKey'); };
    fetch('/api/teacher/lesson', { headers: { 'X-Teacher-Key': key } }).then(r => r.ok ? r.json() : null).then(l => { lesson = l; render(); });
  }

  async function act(action) {
    const r = await fetch('/api/teacher/action', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Teacher-Key': key }, body: JSON.stringify({ action })
    });
    const data = await r.json().catch(() => null);
    if (r.ok) { view = data; render(); $('problem').textContent = ''; } else $('problem').textContent = (data && data.message) || r.status;
  }

  function render() {
    I.apply();
    if (!view) return;
    const lang = I.lang();
    if (lesson) $('lesson-title').textContent = lesson.title[lang];
    $('url').textContent = view.url.split('#')[0];
    $('code').textContent = view.code;
    $('counts').textContent = t('teacher.joined', view.joined) + ' \u00b7 ' + t('teacher.answered', view.answered);
    $('phase').textContent = t('teacher.round', view.round) + ': ' + t('teacher.phase.' + view.phase);
    const open = view.phase === 'voting' || view.phase === 'results';
    $('results').disabled = view.phase !== 'voting';
    $('round2').disabled = !(open && view.round === 1);
    $('reveal').disabled = !open;
    $('close').disabled = view.phase === 'closed';
    $('csv').href = '/api/teacher/results.csv?k=' + encodeURIComponent(key) + '&round=' + view.round + '&lang=' + lang;
    const shown = view.phase === 'results' || view.phase === 'revealed';
    $('hidden-note').hidden = shown;
    renderDistribution(lang, shown);
    const r = view.reveal;
    $('reveal-box').hidden = !r;
    if (r) {
      I.codeText($('rule'), r.rule[lang]);
      I.codeText($('look-at'), r.lookAt[lang]);
      const src = '/api/teacher/picture.svg?k=' + encodeURIComponent(key) + '&lang=' + lang + '&phase=revealed';
      if ($('picture').getAttribute('src') !== src) $('picture').src = src;
      $('picture').alt = t('picture.alt.after');
    }
    $('names-box').hidden = !view.nicknamesOn;
    const names = $('names');
    names.textContent = '';
    for (const n of view.nicknames) {
      const li = document.createElement('li');
      li.textContent = n;
      names.append(li);
    }
    if (view.phase === 'closed') $('problem').textContent = t('teacher.ended');
  }

  /** One group per question: per choice its text, then a bar per round (round 1 paler), the count and share. */
  function renderDistribution(lang, shown) {
    const box = $('questions');
    box.textContent = '';
    if (!shown || !lesson) return;
    const correct = view.reveal ? view.reveal.correct : null;
    lesson.questions.forEach((q, n) => {
      const group = document.createElement('section');
      group.className = 'question';
      const h = document.createElement('h3');
      h.textContent = t('q.' + q.key);
      group.append(h);
      q.choices[lang].forEach((text, i) => {
        const row = document.createElement('div');
        row.className = 'dist-row' + (correct && correct[q.key] === i ? ' right' : '');
        const label = document.createElement('div');
        label.className = 'dist-label code-text';
        label.textContent = (correct && correct[q.key] === i ? '\u2713 ' : '') + text + (correct && correct[q.key] === i ? ' (' + t('teacher.correct') + ')' : '');
        row.append(label);
        for (const round of view.rounds) {
          const votes = round.counts[q.key][i];
          const pct = round.answered ? Math.round(100 * votes / round.answered) : 0;
          const line = document.createElement('div');
          line.className = 'dist-line round' + round.round + (view.rounds.length > 1 && round.round === 1 ? ' earlier' : '');
          const bar = document.createElement('span');
          bar.className = 'bar';
          bar.style.width = pct + '%';
          const count = document.createElement('span');
          count.className = 'count';
          count.textContent = (view.rounds.length > 1 ? t('teacher.round', round.round) + ': ' : '') + t(votes === 1 ? 'teacher.vote' : 'teacher.votes', votes, pct);
          line.append(bar, count);
          row.append(line);
        }
        group.append(row);
      });
      box.append(group);
    });
  }

  start();
})();
