// Refuses a file over the size limit as soon as it is chosen, before anything is sent:
// a request over the server's limit would be refused whole and lose the typed fields.
// Markup: <input type="file" data-max-bytes="…" data-too-large="message"
//          data-size-error="id of the element that shows the message">.
(function () {
  function tooLarge(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var file = input.files && input.files[0];
    return max > 0 && file && file.size > max;
  }

  function show(input, on) {
    var error = document.getElementById(input.getAttribute('data-size-error'));
    if (!error) {
      return;
    }
    var describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id && id !== error.id;
    });
    if (on) {
      error.textContent = input.getAttribute('data-too-large');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      describedBy.unshift(error.id);
    } else {
      error.hidden = true;
      error.textContent = '';
      if (!document.getElementById('file-error')) {
        input.removeAttribute('aria-invalid');
      }
    }
    input.setAttribute('aria-describedby', describedBy.join(' '));
    if (input.closest('.field')) {
      input.closest('.field').classList.toggle('has-error', on || !!document.getElementById('file-error'));
    }
  }

  function init() {
    document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
      input.addEventListener('change', function () {
        show(input, tooLarge(input));
      });
      if (input.form) {
        input.form.addEventListener('submit', function (event) {
          if (tooLarge(input)) {
            event.preventDefault();
            show(input, true);
            input.focus();
          }
        });
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
