// Puts the page's own words in place before it is first painted: every element
// names its message in data-i18n (its text), data-i18n-label (its aria-label) or
// data-i18n-placeholder (its placeholder).
// A classic script at the end of <body>, so it runs before any module and before
// the first paint.
(function localizePage() {
  const message = (key) => chrome.i18n.getMessage(key) || key;
  document.documentElement.lang = message('lang');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = message(/** @type {HTMLElement} */ (element).dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', message(/** @type {HTMLElement} */ (element).dataset.i18nLabel));
  }
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) {
    element.setAttribute('placeholder', message(/** @type {HTMLElement} */ (element).dataset.i18nPlaceholder));
  }
})();
