// The options page: shows the settings the core made whole from storage, and
// saves a change once the core has accepted it.
import { loadCore } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import * as storage from './lib/storage.js';

async function main() {
  const [core, stored] = await Promise.all([loadCore(), storage.readSettings()]);
  let { settings, problems } = core.settings(stored);
  if (problems.length > 0) {
    const box = byId('settings-problems');
    fill(box, [
      el('p', {}, ['Some saved settings could not be read and use their defaults:']),
      ...problems.map((p) => el('p', {}, [`${p.path}: ${p.message}`])),
    ]);
    box.hidden = false;
  }

  const minutes = /** @type {HTMLInputElement} */ (byId('break-minutes'));
  minutes.value = String(settings.breakSeconds / 60);
  minutes.addEventListener('change', async () => {
    const candidate = { ...settings, breakSeconds: Math.round(Number(minutes.value) * 60) };
    const answer = core.settings(candidate);
    const wrong = answer.problems.find((p) => p.path === 'settings.breakSeconds');
    byId('break-minutes-error').textContent = wrong ? 'Choose a length from half a minute to 15 minutes.' : '';
    minutes.setAttribute('aria-invalid', String(Boolean(wrong)));
    if (wrong) return;
    settings = answer.settings;
    await storage.writeSettings(settings);
    byId('status').textContent = 'Saved. Your next break uses it.';
  });
}

main().catch((error) => {
  byId('status').textContent = `Limber could not open its settings: ${error.message}`;
  console.error(error);
});
