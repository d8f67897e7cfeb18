// Marks the page before it paints, for the stylesheet. A classic script in
// the head (external, for the CSP): it runs before the body is parsed, so
// the first paint already shows the right state. Generated into dist/ by
// scripts/postbuild.mjs, which fills in the filters' query keys and the
// values that turn embed mode on, from the core crate.
//
// Classes on <html>:
// - js: scripts run, so the app is coming: controls that need it show
//   (without JavaScript they are hidden and the page says so);
// - route-pending: this page is not the prerendered page of the address
//   (the not-found page a host without rewrites serves, an offline
//   fallback): its content stays hidden until the app renders the route;
// - query-pending: the address asks for filters the prerendered list does
//   not apply: the list and its count show as pending until the app has;
// - embedded: embed mode, which the app lays out itself.
// The app removes the pending classes when it takes over (src/browser/takeover.rs).
(function () {
  var root = document.documentElement;
  var meta = function (name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  };
  var base = meta('explorer-base') || '/';
  var page = meta('explorer-page');
  var here = null;
  try {
    var path = decodeURIComponent(location.pathname);
    if ((path + '/').indexOf(base) === 0) {
      here = path.slice(base.length).replace(/(^|\/)index\.html$/, '').replace(/\/$/, '');
    }
  } catch (malformed) {
    // A malformed address is nobody's page: the app shows "not found".
  }
  root.classList.add('js');
  if (page === null || here !== page) root.classList.add('route-pending');
  var filterKeys = __FILTER_KEYS__;
  var embedOn = __EMBED_ON__;
  var params = new URLSearchParams(location.search);
  params.forEach(function (value, key) {
    if (value !== '' && filterKeys.indexOf(key) >= 0) root.classList.add('query-pending');
  });
  if (embedOn.indexOf(params.get('embed')) >= 0) root.classList.add('embedded');
})();
