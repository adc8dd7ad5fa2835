// Small progressive enhancements; every page works without this file.
document.addEventListener('htmx:configRequest', function (event) {
  // htmx requests that change state carry the CSRF token like forms do.
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// A page that answers a form post (the form again, with its errors) becomes an ordinary
// history entry, so Back to it loads the page instead of asking to resubmit the form.
if (document.body && document.body.hasAttribute('data-after-post') && window.history.replaceState) {
  window.history.replaceState(window.history.state, '', window.location.href);
}

// Pickers (e.g. "Find your LEA"): shown only where this script runs; a chosen entry fills
// its form field and hands the focus back to it.
document.querySelectorAll('[data-needs-script]').forEach(function (element) {
  element.hidden = false;
});
document.addEventListener('click', function (event) {
  var choice = event.target.closest('[data-fill]');
  var field = choice && document.getElementById(choice.getAttribute('data-fill'));
  if (!field) {
    return;
  }
  field.value = choice.getAttribute('data-value');
  var list = choice.closest('[data-choices]');
  if (list) {
    list.textContent = '';
  }
  field.focus();
});
