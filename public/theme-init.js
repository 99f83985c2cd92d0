// Applies the saved display scheme before the first paint (kept in step with src/shared/lib/theme.ts).
(function () {
  var scheme = 'system';
  try {
    var saved = localStorage.getItem('droits360.scheme');
    if (saved === 'light' || saved === 'dark') scheme = saved;
  } catch (e) {}
  var dark =
    scheme === 'dark' ||
    (scheme === 'system' &&
      window.matchMedia &&
      matchMedia('(prefers-color-scheme: dark)').matches);
  var root = document.documentElement;
  root.setAttribute('data-fr-scheme', scheme);
  root.setAttribute('data-fr-theme', dark ? 'dark' : 'light');
  root.style.colorScheme = dark ? 'dark' : 'light';
})();
