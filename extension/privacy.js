// The privacy page is words only (localize-page.js puts them in place). Before its
// first paint it takes the theme the user chose, as every page does (the look that
// storage.applyLook keeps in localStorage), so a dark setting is not a light page.
// A classic script: it loads nothing and reads nothing else.
(function applyLook() {
  try {
    const look = JSON.parse(localStorage.getItem('limber.look') || 'null');
    if (look && (look.theme === 'light' || look.theme === 'dark')) document.documentElement.dataset.theme = look.theme;
  } catch {
    // Nothing kept yet, or unreadable: the system's theme.
  }
})();
