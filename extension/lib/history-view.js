// The options page's view of the stats: figures, a bar chart of the last 30
// days with a table behind it, and the most done exercises.
import { byId, el, fill } from './dom.js';
import { plural, t } from './i18n.js';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

function dayLabel(day) {
  const [y, m, d] = day.split('-').map(Number);
  return dayFormat.format(new Date(y, m - 1, d));
}

/**
 * @param {import('../core/limber-core.js').Stats} stats
 * @param {Map<string, string>} exerciseNames
 */
export function showStats(stats, exerciseNames) {
  byId('figure-today').textContent = t('figureToday', stats.today.completed, stats.goal);
  byId('figure-streak').textContent = plural('days', stats.currentStreak);
  byId('figure-longest').textContent = plural('days', stats.longestStreak);
  const breaks = ({ completed, minutes }) => t('breaksAndMinutes', plural('breaks', completed), minutes);
  byId('figure-week').textContent = breaks(stats.last7);
  byId('figure-month').textContent = breaks(stats.last30);
  byId('figure-total').textContent = breaks(stats.total);

  const most = Math.max(1, ...stats.days.map((day) => day.completed));
  fill(byId('chart'), stats.days.map((day) => {
    const bar = el('div', { class: day.completed ? 'bar' : 'bar empty', title: `${dayLabel(day.day)}: ${day.completed}` });
    bar.style.setProperty('--share', String(day.completed / most));
    return bar;
  }));
  fill(byId('chart-table'), [...stats.days].reverse().map((day) =>
    el('tr', {}, [el('th', { scope: 'row' }, [dayLabel(day.day)]), el('td', {}, [String(day.completed)]), el('td', {}, [String(day.minutes)])])));

  const top = stats.exercises.slice(0, 5);
  fill(byId('top-exercises'), top.length === 0
    ? [el('li', {}, [t('noBreaksYet')])]
    : top.map(({ id, count }) => el('li', {}, [`${exerciseNames.get(id) ?? id}: ${plural('times', count)}`])));
}
