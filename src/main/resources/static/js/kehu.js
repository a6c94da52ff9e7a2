// Sends the CSRF token with every htmx request and every fetch made by our scripts.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && token.content) { e.detail.headers[(header && header.content) || 'X-CSRF-TOKEN'] = token.content; }
});
window.kehuCsrfHeaders = function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var h = {};
  if (token && token.content) { h[(header && header.content) || 'X-CSRF-TOKEN'] = token.content; }
  return h;
};
