// The card a new tab leaves for the next one's first paint is chosen from the
// settings and packs it read: a tab that read them before the user changed them
// (still loading as a condition is ticked) must not leave its card, or the next
// tab would first paint an exercise that condition rules out.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const local = new Map();
globalThis.localStorage = {
  getItem: (key) => (local.has(key) ? local.get(key) : null),
  setItem: (key, value) => local.set(key, String(value)),
  removeItem: (key) => local.delete(key),
};
let settingsStored = {};
/** @type {(() => void)|undefined} */
let duringWrite;
globalThis.chrome = /** @type {any} */ ({
  i18n: { getMessage: (key) => (key === 'lang' ? 'en' : key) },
  storage: {
    sync: {
      async set({ settings }) {
        duringWrite?.(); // another tab, while the write is on its way
        settingsStored = settings;
      },
    },
  },
});
const storage = await import('../../extension/lib/storage.js');

const card = (id) => ({ id, name: id });
const kept = () => JSON.parse(localStorage.getItem(storage.NEXT_UP) ?? 'null')?.id;

test('a tab that read the settings before they changed leaves no card', async () => {
  const mark = storage.nextUpMark(); // a tab starts, reads the old settings...
  await storage.writeSettings({ avoid: ['disc-injury'] }); // ...the options page saves a condition
  storage.keepNextUp(card('standing-back-extension'), mark); // ...and the tab finishes
  assert.equal(kept(), undefined);
  assert.deepEqual(settingsStored, { avoid: ['disc-injury'] });
});

test('a tab that read them while the write was on its way leaves none either', async () => {
  let mark = '';
  duringWrite = () => {
    mark = storage.nextUpMark();
  };
  await storage.writeSettings({ avoid: [] });
  duringWrite = undefined;
  storage.keepNextUp(card('cat-cow'), mark);
  assert.equal(kept(), undefined);
});

test('a card kept before the change is forgotten by it', async () => {
  storage.keepNextUp(card('cat-cow'), storage.nextUpMark());
  assert.equal(kept(), 'cat-cow');
  await storage.writeSettings({ avoid: ['pregnancy'] });
  assert.equal(kept(), undefined);
});

test('a tab that read the settings as stored leaves its card', async () => {
  await storage.writeSettings({ avoid: ['pregnancy'] });
  const mark = storage.nextUpMark();
  storage.keepNextUp(card('chin-tucks'), mark);
  assert.equal(kept(), 'chin-tucks');
});
