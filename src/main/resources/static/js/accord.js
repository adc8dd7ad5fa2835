// Small progressive enhancements; every page works without this file.
document.addEventListener('htmx:configRequest', function (event) {
  // htmx requests that change state carry the CSRF token like forms do.
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
