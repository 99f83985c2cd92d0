// The pre-rendered home page is usable as plain HTML (its links work without JavaScript); the
// application takes over once the page and its fonts have loaded, so the first screen never
// waits for it on a slow network.
(function () {
  var entry = document.currentScript && document.currentScript.getAttribute('data-entry');
  if (!entry) return;
  function start() {
    var s = document.createElement('script');
    s.type = 'module';
    s.src = entry;
    document.head.appendChild(s);
  }
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
})();
