// Pack pages: every pack's sections and exercises with their demos, offline, and
// "Start this pack". Without ?id= the page lists the packs.
import { loadCore } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import { followPolicy } from './lib/policy.js';
import { loadPacks } from './lib/packs.js';
import { demoFor, durationLabel } from './lib/exercise-view.js';
import { POSITIONS, PLACES, TIMES_OF_DAY } from './lib/labels.js';
import { plural, t } from './lib/i18n.js';
import * as storage from './lib/storage.js';
import { describeProblem } from './lib/problems.js';

function tags(pack) {
  return [
    pack.positions.map((p) => POSITIONS[p]).join(', '),
    pack.places.map((p) => PLACES[p]).join(', '),
    pack.timesOfDay.map((time) => TIMES_OF_DAY[time]).join(', '),
    plural('packExercises', pack.exerciseCount),
  ].join(' · ');
}

// Minutes a pack takes done once through: its exercises' seconds, rounded up.
const minutesOf = (pack) => Math.max(1, Math.ceil(pack.exercises.reduce((sum, e) => sum + e.seconds, 0) / 60));
const posterOf = (pack) => pack.demo.poster || pack.exercises.find((e) => e.demo.poster)?.demo.poster || `images/position-${pack.exercises[0].position}.svg`;

// Whether the user's settings leave a pack on, and if not why: turned off, or nothing of it offered where they are.
function standing(pack, settings, offered) {
  if (settings.disabledPacks.includes(pack.id)) return { on: false, text: t('packCardOff') };
  if (!offered[pack.id]) return { on: false, text: t('packCardNotOffered') };
  return { on: true, text: plural('packCardOffered', offered[pack.id]) };
}

function showIndex(packs, settings, offered) {
  fill(byId('pack-list'), packs.map((pack) => {
    const state = standing(pack, settings, offered);
    return el('li', { class: 'pack-card' }, [
      el('img', { src: posterOf(pack), alt: '', width: '280', height: '210', loading: 'lazy' }),
      el('div', { class: 'pack-card-text' }, [
        el('h2', {}, [el('a', { href: `pack.html?id=${encodeURIComponent(pack.id)}` }, [pack.title])]),
        el('p', { class: 'summary' }, [pack.summary]),
        el('p', { class: 'meta' }, [[
          plural('packExercises', pack.exercises.length),
          t('packMinutes', minutesOf(pack)),
          pack.positions.map((p) => POSITIONS[p]).join(', '),
        ].join(' · ')]),
        el('p', { class: state.on ? 'standing on' : 'standing off' }, [state.text]),
      ]),
    ]);
  }));
  byId('index').hidden = false;
}

// The pack's exercises in its own order, with a left/right pair together where its first member is.
function inPairs(exercises) {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const placed = new Set();
  const rows = [];
  for (const exercise of exercises) {
    if (placed.has(exercise.id)) continue;
    const partner = exercise.partner && byId.get(exercise.partner);
    const row = partner && !placed.has(partner.id) ? [exercise, partner] : [exercise];
    for (const e of row) placed.add(e.id);
    rows.push(row);
  }
  return rows;
}

// The pack's own demo: the packaged video at once; the remote one, when the pack
// names it and the browser is online, replaces it once it can play.
function packDemo(pack) {
  const holder = byId('pack-demo');
  // A pack without a demo of its own shows its first exercise's.
  const demo = pack.demo.video ? pack.demo : pack.exercises[0].demo;
  const packaged = /** @type {HTMLVideoElement} */ (demoFor({ name: pack.title, position: pack.exercises[0].position, demo }));
  fill(holder, [packaged]);
  packaged.muted = true;
  if (!pack.demo.remoteUrl || !navigator.onLine) return;
  const remote = /** @type {HTMLVideoElement} */ (el('video', { src: pack.demo.remoteUrl, muted: true, loop: true, playsinline: true, preload: 'auto', 'aria-label': t('demoOf', pack.title) }));
  remote.muted = true;
  remote.addEventListener('canplay', () => {
    fill(holder, [remote]);
    remote.play().catch(() => fill(holder, [packaged]));
  }, { once: true });
  remote.addEventListener('error', () => remote.remove(), { once: true });
}

// A section shown only when the pack says something in it (a user's own pack may not).
function showText(id, text) {
  byId(id).textContent = text;
  /** @type {HTMLElement} */ (byId(id).closest('[data-section]')).hidden = !text;
}

function exerciseItem(exercise) {
  const demo = el('div', { class: 'demo' }, [demoFor(exercise)]);
  const video = /** @type {HTMLVideoElement | null} */ (demo.querySelector('video'));
  if (video) {
    video.muted = true;
    video.preload = 'auto';
  }
  return el('div', { class: 'exercise-item', id: exercise.id }, [
    demo,
    el('div', {}, [
      el('h3', {}, [exercise.name]),
      el('p', { class: 'meta' }, [`${POSITIONS[exercise.position]} · ${durationLabel(exercise)}`]),
      el('ol', { class: 'steps' }, exercise.steps.map((step) => el('li', {}, [step]))),
      ...exercise.cautions.map((caution) => el('p', { class: 'hint' }, [caution])),
    ]),
  ]);
}

function showPack(pack) {
  document.title = t('packPageTitle', pack.title);
  byId('pack-tags').textContent = tags(pack);
  byId('pack-title').textContent = pack.title;
  byId('start-bar-title').textContent = pack.title;
  byId('pack-summary').textContent = pack.summary;
  showText('pack-when', pack.whenToUse);
  showText('pack-why', pack.whyItHappens);
  showText('pack-about', pack.about);
  fill(byId('pack-skip'), pack.skipIf.map((text) => el('li', {}, [text])));
  byId('pack-skip').hidden = pack.skipIf.length === 0;
  fill(byId('pack-red-flags'), pack.redFlags.map((text) => el('li', {}, [text])));
  byId('red-flags-block').hidden = pack.redFlags.length === 0;
  fill(byId('pack-who'), pack.whoItIsFor.flatMap(({ goal, reason }) => [el('dt', {}, [goal]), el('dd', {}, [reason])]));
  byId('who-section').hidden = pack.whoItIsFor.length === 0;
  fill(byId('pack-faq'), pack.faq.map(({ question, answer }) => el('details', {}, [el('summary', {}, [question]), el('p', {}, [answer])])));
  byId('faq-section').hidden = pack.faq.length === 0;
  fill(byId('pack-exercises'), inPairs(pack.exercises).map((row) =>
    el('li', { class: row.length > 1 ? 'exercise-row pair' : 'exercise-row' }, row.map(exerciseItem))));
  packDemo(pack);
  const start = () => {
    location.href = `newtab.html#pack=${encodeURIComponent(pack.id)}`;
  };
  byId('start-pack').addEventListener('click', start);
  byId('start-pack-bar').addEventListener('click', start);
  // The bar with Start this pack comes up once the head's own button has scrolled away.
  const bar = byId('start-bar');
  new IntersectionObserver(([entry]) => { bar.dataset.shown = String(!entry.isIntersecting); })
    .observe(byId('start-pack'));
  byId('pack').hidden = false;
}

async function main() {
  const [core, stored] = await Promise.all([loadCore({ describe: describeProblem }), storage.readSettings()]);
  // The packs bring the organisation's policy, whose presets the look may follow.
  const problems = await loadPacks(core);
  storage.applyLook(core.settings(stored).settings);
  followPolicy();
  if (problems.length > 0) {
    const notice = byId('notice');
    fill(notice, problems.map((problem) => el('p', {}, [problem])));
    notice.hidden = false;
  }
  const id = new URLSearchParams(location.search).get('id');
  const settings = core.settings(stored).settings;
  const { offered } = core.withheld({ settings });
  const everyPack = () => core.packs().map((summary) => core.pack(summary.id));
  if (!id) {
    showIndex(everyPack(), settings, offered);
    return;
  }
  try {
    showPack(core.pack(id));
  } catch {
    byId('notice').textContent = t('noSuchPack', id);
    byId('notice').hidden = false;
    showIndex(everyPack(), settings, offered);
  }
}

main().catch((error) => {
  byId('notice').textContent = t('packsFailed', error.message);
  byId('notice').hidden = false;
  console.error(error);
});
