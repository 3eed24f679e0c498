// The new tab's first paint. Before any module, wasm or storage read, it shows the
// "next up" card the last new tab left ready in localStorage (text and a poster
// image), so the page appears as fast as a static one. Only then does it start
// newtab.js, which checks the card against the core's answer and takes over.
// A classic script with no imports, on purpose: nothing to fetch or compile
// before it runs.
(function firstPaint() {
  const startModule = () => {
    const module = document.createElement('script');
    module.type = 'module';
    module.src = 'newtab.js';
    document.body.append(module);
  };
  // The theme and motion the user chose, and whether the search box shows, before anything is painted.
  try {
    const look = JSON.parse(localStorage.getItem('limber.look') || 'null'); // storage.applyLook
    if (look) {
      document.documentElement.dataset.theme = look.theme;
      document.documentElement.dataset.motion = look.reduceMotion ? 'reduce' : 'system';
      document.getElementById('search').hidden = look.searchBox === false;
    }
  } catch {
    // No look kept yet: the system's.
  }
  // The search box searches with the user's own default search engine, from the first keystroke.
  document.getElementById('search').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = /** @type {HTMLInputElement} */ (document.getElementById('search-text')).value.trim();
    if (text) chrome.search.query({ text, disposition: 'CURRENT_TAB' });
  });
  let card = null;
  try {
    card = JSON.parse(localStorage.getItem('limber.nextUp') || 'null'); // storage.NEXT_UP
  } catch {
    card = null;
  }
  // A card left in another language (the browser's changed since) waits for the module.
  if (!card || typeof card.name !== 'string' || !Array.isArray(card.steps) || card.lang !== document.documentElement.lang) {
    startModule();
    return;
  }
  const byId = (id) => document.getElementById(id);
  byId('next-name').textContent = card.name;
  byId('next-pack').textContent = card.pack;
  /** @type {HTMLAnchorElement} */ (byId('next-pack')).href = `pack.html?id=${encodeURIComponent(card.packId)}`;
  byId('next-position').textContent = card.position;
  byId('next-duration').textContent = card.duration;
  byId('next-steps').replaceChildren(...card.steps.map((step) => {
    const item = document.createElement('li');
    item.textContent = String(step);
    return item;
  }));
  const poster = new Image(320, 240);
  poster.src = card.poster;
  poster.alt = '';
  poster.className = 'poster';
  byId('next-demo').replaceChildren(poster);
  byId('next').hidden = false;
  document.documentElement.dataset.firstPaint = card.id;
  // Marked once the name is on screen, and again once the poster is too (see scripts/bench).
  requestAnimationFrame(() => setTimeout(() => performance.mark('name-on-screen')));
  poster.decode().catch(() => {}).then(() => requestAnimationFrame(() => setTimeout(() => {
    performance.mark('exercise-on-screen');
    startModule();
  })));
})();
