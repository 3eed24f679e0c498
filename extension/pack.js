// Pack pages: every pack's sections and exercises with their demos, offline, and
// "Start this pack". Without ?id= the page lists the packs.
import { loadCore } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
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

function showIndex(packs) {
  fill(byId('pack-list'), packs.map((pack) => el('li', {}, [
    el('a', { href: `pack.html?id=${encodeURIComponent(pack.id)}` }, [pack.title]),
    el('p', { class: 'hint' }, [pack.summary]),
  ])));
  byId('index').hidden = false;
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

function showPack(pack) {
  document.title = t('packPageTitle', pack.title);
  byId('pack-tags').textContent = tags(pack);
  byId('pack-title').textContent = pack.title;
  byId('pack-summary').textContent = pack.summary;
  byId('pack-when').textContent = pack.whenToUse;
  byId('pack-why').textContent = pack.whyItHappens;
  byId('pack-about').textContent = pack.about;
  fill(byId('pack-skip'), pack.skipIf.map((text) => el('li', {}, [text])));
  fill(byId('pack-red-flags'), pack.redFlags.map((text) => el('li', {}, [text])));
  byId('red-flags-block').hidden = pack.redFlags.length === 0;
  fill(byId('pack-who'), pack.whoItIsFor.flatMap(({ goal, reason }) => [el('dt', {}, [goal]), el('dd', {}, [reason])]));
  fill(byId('pack-faq'), pack.faq.map(({ question, answer }) => el('details', {}, [el('summary', {}, [question]), el('p', {}, [answer])])));
  fill(byId('pack-exercises'), pack.exercises.map((exercise) => {
    const demo = el('div', { class: 'demo' }, [demoFor(exercise)]);
    const video = /** @type {HTMLVideoElement | null} */ (demo.querySelector('video'));
    if (video) {
      video.muted = true;
      video.preload = 'auto';
    }
    return el('li', { class: 'exercise-item', id: exercise.id }, [
      demo,
      el('div', {}, [
        el('h3', {}, [exercise.name]),
        el('p', { class: 'meta' }, [`${POSITIONS[exercise.position]} · ${durationLabel(exercise)}`]),
        el('ol', { class: 'steps' }, exercise.steps.map((step) => el('li', {}, [step]))),
        ...exercise.cautions.map((caution) => el('p', { class: 'hint' }, [caution])),
      ]),
    ]);
  }));
  packDemo(pack);
  byId('start-pack').addEventListener('click', () => {
    location.href = `newtab.html#pack=${encodeURIComponent(pack.id)}`;
  });
  byId('pack').hidden = false;
}

async function main() {
  const [core, stored] = await Promise.all([loadCore({ describe: describeProblem }), storage.readSettings()]);
  storage.applyLook(core.settings(stored).settings);
  const problems = await loadPacks(core);
  if (problems.length > 0) {
    const notice = byId('notice');
    fill(notice, problems.map((problem) => el('p', {}, [problem])));
    notice.hidden = false;
  }
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    showIndex(core.packs());
    return;
  }
  try {
    showPack(core.pack(id));
  } catch {
    byId('notice').textContent = t('noSuchPack', id);
    byId('notice').hidden = false;
    showIndex(core.packs());
  }
}

main().catch((error) => {
  byId('notice').textContent = t('packsFailed', error.message);
  byId('notice').hidden = false;
  console.error(error);
});
