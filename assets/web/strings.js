// The pages' words, English and Spanish. Lesson texts come from the server in both languages.
'use strict';
window.GATHERLAB_STRINGS = {
  en: {
    'brand': 'GatherLab class quiz',
    'skip': 'Skip to the quiz',
    'language': 'Language',
    'join.title': 'Join the class',
    'join.code': 'Join code',
    'join.codeHelp': 'The six digits shown on the projector.',
    'join.nickname': 'Nickname (optional)',
    'join.nicknameHelp': 'Your teacher asked for nicknames. Leave it empty to stay anonymous.',
    'join.button': 'Join',
    'join.privacy': 'No account, no name needed. Your answers stay on the teacher\u2019s computer for this class only.',
    'join.missing': 'Type the join code: six digits.',
    'join.wrong': 'That is not this class\u2019s join code. Check the projector and try again.',
    'join.slow': 'Too many wrong codes from this device. Wait a minute, then try again.',
    'join.full': 'The class is full. Ask your teacher.',
    'join.nicknameBad': 'Nickname: at most 24 letters, digits, spaces or punctuation.',
    'scenario.title': 'The scenario',
    'scenario.tasks': 'The tasks',
    'scenario.runs': 'The runs',
    'scenario.focus': 'you predict this one',
    'task.name': 'Task', 'task.kind': 'Kind', 'task.takes': 'Takes', 'task.fails': 'Fails?',
    'kind.io': 'I/O (awaits)', 'kind.cpu': 'CPU (computes)',
    'fails.no': 'no', 'fails.yes': 'yes', 'fails.at': 'yes, after {0} ms', 'fails.chance': '{0} % chance',
    'cancel.at': 'cancelled from outside at {0} ms',
    'picture.before': 'The timeline, before the run: the outcome stays hidden until the reveal. Scroll sideways on a small screen.',
    'picture.after': 'The timeline of the real run, as GatherLab\u2019s engine computed it. Scroll sideways on a small screen.',
    'picture.alt.before': 'Empty timeline lanes for each task; the table above lists the same tasks.',
    'picture.alt.after': 'The timeline of every run: when each task ran and how it ended.',
    'q.when': '1. When does the await return (or raise)?',
    'q.what': '2. What does it return, or raise?',
    'q.cancelled': '3. Which tasks end cancelled?',
    'answer.send': 'Send my answer',
    'answer.change': 'Change my answer',
    'answer.missing': 'Answer all three questions first. Missing: {0}.',
    'answer.q1': 'question 1', 'answer.q2': 'question 2', 'answer.q3': 'question 3',
    'answer.received': 'Answer received (round {0}). You can change it until the teacher closes the vote.',
    'answer.closed': 'The vote closed before your answer arrived.',
    'status.voting': 'Round {0}: predict, then send your answer.',
    'status.round2': 'Round 2: after the discussion, vote again. You may keep or change your answer.',
    'status.results': 'The vote is closed. Look at the screen and discuss with your neighbours.',
    'status.revealed': 'Revealed: here is what really happens.',
    'status.lost': 'Connection lost. Reconnecting\u2026',
    'reveal.title': 'The answer',
    'reveal.rule': 'The rule',
    'reveal.lookAt': 'What to look at',
    'reveal.right': 'Right',
    'reveal.wrong': 'Not quite',
    'reveal.none': 'No answer',
    'reveal.yours': 'your answer: {0}',
    'reveal.answer': 'answer: {0}',
    'closed.title': 'The class session has ended',
    'closed.text': 'Thank you for taking part. Your answers have been deleted.',
    'error.network': 'Could not reach the teacher\u2019s computer. Check that you are on the same network.',
    // teacher's page
    'teacher.title': 'Class session',
    'teacher.join': 'Join at',
    'teacher.code': 'Join code',
    'teacher.scan': 'Scan to join',
    'teacher.joined': '{0} joined',
    'teacher.answered': '{0} answered',
    'teacher.round': 'Round {0}',
    'teacher.phase.voting': 'Voting',
    'teacher.phase.results': 'Vote closed: results',
    'teacher.phase.revealed': 'Revealed',
    'teacher.phase.closed': 'Ended',
    'teacher.results': 'Show results',
    'teacher.round2': 'Second round',
    'teacher.reveal': 'Reveal',
    'teacher.csv': 'Download CSV',
    'teacher.close': 'End session',
    'teacher.closeConfirm': 'End the class session? Every answer will be deleted.',
    'teacher.distribution': 'How the class voted',
    'teacher.hidden': 'The results stay hidden while the class votes. Press \u201cShow results\u201d when everyone has answered.',
    'teacher.votes': '{0} votes ({1} %)',
    'teacher.vote': '1 vote ({1} %)',
    'teacher.correct': 'correct',
    'teacher.nicknames': 'Who joined',
    'teacher.noKey': 'This page needs the teacher link that GatherLab printed (it holds the teacher key).',
    'teacher.ended': 'The class session has ended. Start a new one from GatherLab.'
  },
  es: {
    'brand': 'Quiz de clase de GatherLab',
    'skip': 'Ir al quiz',
    'language': 'Idioma',
    'join.title': 'Únete a la clase',
    'join.code': 'Código de la clase',
    'join.codeHelp': 'Los seis dígitos que muestra el proyector.',
    'join.nickname': 'Apodo (opcional)',
    'join.nicknameHelp': 'Tu profesor pidió apodos. Déjalo vacío para seguir en el anonimato.',
    'join.button': 'Entrar',
    'join.privacy': 'Sin cuenta y sin nombre. Tus respuestas se quedan en el ordenador del profesor, solo para esta clase.',
    'join.missing': 'Escribe el código de la clase: seis dígitos.',
    'join.wrong': 'Ese no es el código de esta clase. Mira el proyector y vuelve a intentarlo.',
    'join.slow': 'Demasiados códigos erróneos desde este dispositivo. Espera un minuto y vuelve a intentarlo.',
    'join.full': 'La clase está llena. Pregunta a tu profesor.',
    'join.nicknameBad': 'Apodo: como mucho 24 letras, dígitos, espacios o signos.',
    'scenario.title': 'El escenario',
    'scenario.tasks': 'Las tareas',
    'scenario.runs': 'Las ejecuciones',
    'scenario.focus': 'predices esta',
    'task.name': 'Tarea', 'task.kind': 'Tipo', 'task.takes': 'Tarda', 'task.fails': '¿Falla?',
    'kind.io': 'E/S (espera)', 'kind.cpu': 'CPU (calcula)',
    'fails.no': 'no', 'fails.yes': 'sí', 'fails.at': 'sí, a los {0} ms', 'fails.chance': '{0} % de probabilidad',
    'cancel.at': 'cancelada desde fuera a los {0} ms',
    'picture.before': 'La línea de tiempo antes de ejecutar: el resultado queda oculto hasta que se revele. En una pantalla pequeña, desplázate hacia los lados.',
    'picture.after': 'La línea de tiempo de la ejecución real, calculada por el motor de GatherLab. En una pantalla pequeña, desplázate hacia los lados.',
    'picture.alt.before': 'Carriles vacíos, uno por tarea; la tabla de arriba lista las mismas tareas.',
    'picture.alt.after': 'La línea de tiempo de cada ejecución: cuándo corrió cada tarea y cómo terminó.',
    'q.when': '1. ¿Cuándo devuelve (o lanza) el await?',
    'q.what': '2. ¿Qué devuelve, o qué lanza?',
    'q.cancelled': '3. ¿Qué tareas terminan canceladas?',
    'answer.send': 'Enviar mi respuesta',
    'answer.change': 'Cambiar mi respuesta',
    'answer.missing': 'Responde primero a las tres preguntas. Falta: {0}.',
    'answer.q1': 'la pregunta 1', 'answer.q2': 'la pregunta 2', 'answer.q3': 'la pregunta 3',
    'answer.received': 'Respuesta recibida (ronda {0}). Puedes cambiarla hasta que el profesor cierre la votación.',
    'answer.closed': 'La votación se cerró antes de que llegara tu respuesta.',
    'status.voting': 'Ronda {0}: predice y envía tu respuesta.',
    'status.round2': 'Ronda 2: tras la discusión, vota otra vez. Puedes mantener o cambiar tu respuesta.',
    'status.results': 'La votación está cerrada. Mira la pantalla y coméntalo con quien tengas al lado.',
    'status.revealed': 'Revelado: esto es lo que pasa de verdad.',
    'status.lost': 'Se perdió la conexión. Reconectando…',
    'reveal.title': 'La respuesta',
    'reveal.rule': 'La regla',
    'reveal.lookAt': 'Dónde mirar',
    'reveal.right': 'Correcta',
    'reveal.wrong': 'No del todo',
    'reveal.none': 'Sin respuesta',
    'reveal.yours': 'tu respuesta: {0}',
    'reveal.answer': 'respuesta: {0}',
    'closed.title': 'La sesión de clase ha terminado',
    'closed.text': 'Gracias por participar. Tus respuestas se han borrado.',
    'error.network': 'No se pudo contactar con el ordenador del profesor. Comprueba que estás en la misma red.',
    'teacher.title': 'Sesión de clase',
    'teacher.join': 'Entra en',
    'teacher.code': 'Código de la clase',
    'teacher.scan': 'Escanea para entrar',
    'teacher.joined': '{0} dentro',
    'teacher.answered': '{0} han respondido',
    'teacher.round': 'Ronda {0}',
    'teacher.phase.voting': 'Votando',
    'teacher.phase.results': 'Votación cerrada: resultados',
    'teacher.phase.revealed': 'Revelado',
    'teacher.phase.closed': 'Terminada',
    'teacher.results': 'Mostrar resultados',
    'teacher.round2': 'Segunda ronda',
    'teacher.reveal': 'Revelar',
    'teacher.csv': 'Descargar CSV',
    'teacher.close': 'Terminar la sesión',
    'teacher.closeConfirm': '¿Terminar la sesión de clase? Se borrarán todas las respuestas.',
    'teacher.distribution': 'Cómo votó la clase',
    'teacher.hidden': 'Los resultados quedan ocultos mientras la clase vota. Pulsa «Mostrar resultados» cuando todos hayan respondido.',
    'teacher.votes': '{0} votos ({1} %)',
    'teacher.vote': '1 voto ({1} %)',
    'teacher.correct': 'correcta',
    'teacher.nicknames': 'Quién ha entrado',
    'teacher.noKey': 'Esta página necesita el enlace del profesor que imprimió GatherLab (lleva la clave del profesor).',
    'teacher.ended': 'La sesión de clase ha terminado. Empieza otra desde GatherLab.'
  }
};

// Shared by both pages: the language (chosen, else the browser's), translation, {0} placeholders, code in text.
window.GatherlabI18n = (function () {
  const strings = window.GATHERLAB_STRINGS;
  function initial() {
    const saved = localStorage.getItem('gatherlab.lang');
    if (saved === 'en' || saved === 'es') return saved;
    const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (const l of wanted) {
      const code = String(l).toLowerCase().slice(0, 2);
      if (code === 'es' || code === 'en') return code;
    }
    return 'en';
  }
  let lang = initial();
  function t(key, ...args) {
    const s = (strings[lang] && strings[lang][key]) || strings.en[key] || key;
    return s.replace(/\{(\d)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }
  /** Words the markup carries (data-t for text, data-t-label for aria-label) and the language buttons. */
  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
    document.querySelectorAll('[data-t-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.tLabel)); });
    document.querySelectorAll('[data-lang]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  }
  function set(l, onChange) {
    lang = l;
    localStorage.setItem('gatherlab.lang', l);
    apply();
    if (onChange) onChange();
  }
  function wire(onChange) {
    document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', () => set(b.dataset.lang, onChange)));
    apply();
  }
  /** Lesson text with `backticks` around code: the code parts in <code>, all of it as text (never markup). */
  function codeText(el, text) {
    el.textContent = '';
    String(text).split('`').forEach((part, i) => {
      if (i % 2 === 0) el.append(part);
      else {
        const code = document.createElement('code');
        code.textContent = part;
        el.append(code);
      }
    });
  }
  return { t, apply, wire, codeText, lang: () => lang };
})();
