// Save-and-resume for the anonymous survey form, on this device only: answers are kept in
// the browser's localStorage under the survey link (never sent anywhere before the person
// sends the form), put back when the person returns, and forgotten once the thank-you page
// shows. Also keeps the "questions answered" bar up to date. The form works without it.
// Markup: <form data-resume-key="link token" data-resume-until="closing date">, a
// [data-resume-note] block with [data-resume-restored] and a [data-resume-clear] button,
// a [data-progress] block; the thank-you page has [data-survey-sent].
(function () {
  var PREFIX = 'accord.survey.';
  // Set on submit: the thank-you page clears what this key holds.
  var SENT = 'accord.survey.sending';

  function storage(kind) {
    try {
      var store = window[kind];
      store.getItem(PREFIX);
      return store;
    } catch (e) {
      return null;
    }
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && (el.name.indexOf('a_') === 0 || el.name === 'site');
    });
  }

  function answers(form) {
    var result = {};
    fields(form).forEach(function (el) {
      if (el.type === 'radio') {
        if (el.checked) {
          result[el.name] = el.value;
        }
      } else if (el.value) {
        result[el.name] = el.value;
      }
    });
    return result;
  }

  function restore(form, saved) {
    var restored = 0;
    var answered = answers(form);
    Object.keys(saved).forEach(function (name) {
      if (answered[name] !== undefined) {
        // What the server showed (a form sent back with a question to fix) wins.
        return;
      }
      fields(form).forEach(function (el) {
        if (el.name !== name) {
          return;
        }
        if (el.type === 'radio') {
          if (el.value === saved[name]) {
            el.checked = true;
            restored++;
          }
        } else if (el.tagName === 'SELECT') {
          if (Array.prototype.some.call(el.options, function (o) { return o.value === saved[name]; })) {
            el.value = saved[name];
            restored++;
          }
        } else {
          el.value = saved[name];
          restored++;
        }
      });
    });
    return restored;
  }

  function progress(form) {
    var block = document.querySelector('[data-progress]');
    if (!block) {
      return;
    }
    var names = {};
    fields(form).forEach(function (el) {
      if (el.name.indexOf('a_') === 0) {
        names[el.name] = names[el.name] || false;
      }
    });
    var given = answers(form);
    var total = Object.keys(names).length;
    var done = Object.keys(names).filter(function (name) { return given[name] !== undefined; }).length;
    var bar = block.querySelector('progress');
    var text = block.querySelector('[data-progress-text]');
    var label = text.getAttribute('data-template').replace('{0}', done).replace('{1}', total);
    bar.max = total;
    bar.value = done;
    bar.setAttribute('aria-valuetext', label);
    text.textContent = label;
    block.hidden = false;
  }

  function init() {
    var local = storage('localStorage');
    var session = storage('sessionStorage');
    if (document.querySelector('[data-survey-sent]')) {
      if (local && session && session.getItem(SENT)) {
        local.removeItem(session.getItem(SENT));
      }
      if (session) {
        session.removeItem(SENT);
      }
      return;
    }
    var form = document.querySelector('form[data-resume-key]');
    if (!form) {
      return;
    }
    if (session) {
      // Back on the form: the answers were not taken (a question to fix), keep them.
      session.removeItem(SENT);
    }
    var key = PREFIX + form.getAttribute('data-resume-key');
    var until = form.getAttribute('data-resume-until');
    var note = document.querySelector('[data-resume-note]');
    var restoredNote = document.querySelector('[data-resume-restored]');

    function save() {
      var given = answers(form);
      if (Object.keys(given).length === 0) {
        local.removeItem(key);
      } else {
        local.setItem(key, JSON.stringify({ until: until, answers: given }));
      }
    }

    if (local) {
      var saved = null;
      try {
        saved = JSON.parse(local.getItem(key));
      } catch (e) {
        saved = null;
      }
      if (saved && saved.until && saved.until < today()) {
        local.removeItem(key);
        saved = null;
      }
      if (saved && saved.answers && restore(form, saved.answers) > 0 && restoredNote) {
        restoredNote.hidden = false;
      }
      save();
      form.addEventListener('change', save);
      form.addEventListener('input', save);
      form.addEventListener('submit', function () {
        if (session) {
          session.setItem(SENT, key);
        }
      });
      if (note) {
        note.hidden = false;
        var clear = note.querySelector('[data-resume-clear]');
        clear.addEventListener('click', function () {
          local.removeItem(key);
          fields(form).forEach(function (el) {
            if (el.type === 'radio') {
              el.checked = false;
            } else {
              el.value = '';
            }
          });
          if (restoredNote) {
            restoredNote.hidden = true;
          }
          progress(form);
        });
      }
    }
    form.addEventListener('change', function () { progress(form); });
    form.addEventListener('input', function () { progress(form); });
    progress(form);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
