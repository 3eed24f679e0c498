// The options page's view of the stats: figures, a bar chart of the last 30
// days (dates, a scale, the goal line; completed, ended early and skipped told
// apart; each day's figures under the pointer or the arrow keys) with the same
// figures as a table, and the most done exercises.
import { byId, el, fill } from './dom.js';
import { language, plural, t } from './i18n.js';

const dayFormat = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' });
const tickFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
const SVG = 'http://www.w3.org/2000/svg';

const dateOf = (day) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const dayLabel = (day) => dayFormat.format(dateOf(day));

function svg(tag, attributes = {}, children = []) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

// 0, 2, 4 ... or 0, 5, 10 ...: about four steps up to at least top.
function scale(top) {
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => top / s <= 5) ?? 100;
  return { step, top: Math.max(step, Math.ceil(top / step) * step) };
}

// One day in words, as the readout and each bar's name say it.
function dayWords(day) {
  const parts = [plural('breaks', day.completed)];
  if (day.partial) parts.push(plural('chartEndedEarly', day.partial));
  if (day.skipped) parts.push(plural('chartSkipped', day.skipped));
  parts.push(t('chartMinutesMoved', day.minutes));
  return `${dayLabel(day.day)}: ${parts.join(', ')}`;
}

let drawn;  // the stats last drawn, drawn again when the chart's width changes
const resized = new ResizeObserver(() => drawn && drawChart(drawn));

function showChart(stats) {
  const chart = byId('chart');
  const empty = stats.days.every((day) => !day.completed && !day.partial && !day.skipped);
  byId('chart-empty').hidden = !empty;
  byId('chart-empty').textContent = empty ? t('chartEmpty', stats.goal) : '';
  chart.hidden = empty;
  byId('chart-readout').hidden = empty;
  byId('chart-legend').hidden = empty;
  if (empty) return;
  drawn = stats;
  byId('chart-readout').textContent = dayWords(stats.days.at(-1));
  resized.observe(chart);
  drawChart(stats);
}

function drawChart(stats) {
  const chart = byId('chart');
  const width = Math.max(300, chart.clientWidth);
  const height = 200;
  const left = 32;
  const bottom = 24;
  const top = 10;
  const plotHeight = height - bottom - top;
  const days = stats.days;
  const { step, top: most } = scale(Math.max(stats.goal, ...days.map((d) => d.completed + (d.partial ?? 0) + (d.skipped ?? 0))));
  const y = (n) => top + plotHeight - (n / most) * plotHeight;
  const slot = (width - left) / days.length;
  const bar = Math.max(4, slot * 0.7);

  const ticks = [];
  for (let n = 0; n <= most; n += step) {
    ticks.push(svg('line', { class: 'grid', x1: left, x2: width, y1: y(n), y2: y(n) }),
      svg('text', { class: 'tick', x: left - 6, y: y(n) + 4, 'text-anchor': 'end' }, [String(n)]));
  }
  const goal = svg('g', { class: 'goal' }, [
    svg('line', { x1: left, x2: width, y1: y(stats.goal), y2: y(stats.goal) }),
    svg('text', { x: width - 4, y: y(stats.goal) - 4, 'text-anchor': 'end' }, [t('chartGoal', stats.goal)]),
  ]);
  const groups = days.map((day, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    let at = 0;
    const piece = (count, kind) => {
      if (!count) return [];
      const rect = svg('rect', { class: kind, x, width: bar, y: y(at + count), height: y(at) - y(at + count) });
      at += count;
      return [rect];
    };
    const pieces = [...piece(day.completed, 'completed'), ...piece(day.partial ?? 0, 'partial'), ...piece(day.skipped ?? 0, 'skipped')];
    // The whole column answers the pointer, however short its bar.
    const hit = svg('rect', { class: 'hit', x: left + i * slot, width: slot, y: top, height: plotHeight });
    const group = svg('g', { class: 'day', role: 'img', tabindex: i === days.length - 1 ? 0 : -1, 'aria-label': dayWords(day), 'data-day': day.day }, [hit, ...pieces]);
    const show = () => { byId('chart-readout').textContent = dayWords(day); };
    group.addEventListener('pointerenter', show);
    group.addEventListener('focus', show);
    return group;
  });
  // Dates under the bars: each Monday, and today.
  const last = days.length - 1;
  const dates = days.flatMap((day, i) => ((dateOf(day.day).getDay() === 1 && i < last - 3) || i === last
    ? [svg('text', { class: 'tick', x: left + i * slot + slot / 2, y: height - 6, 'text-anchor': i === last ? 'end' : 'middle' },
      [i === last ? t('chartToday') : tickFormat.format(dateOf(day.day))])]
    : []));
  const plot = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-labelledby': 'chart-title', 'aria-describedby': 'chart-help' },
    [...ticks, ...groups, goal, ...dates]);
  // Arrow keys move between days; one tab stop for the whole chart.
  plot.addEventListener('keydown', (event) => {
    const all = [...plot.querySelectorAll('g.day')];
    const at = all.indexOf(/** @type {Element} */ (event.target));
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: all.length - 1 }[event.key];
    if (at < 0 || to === undefined || !all[to]) return;
    event.preventDefault();
    all[at].setAttribute('tabindex', '-1');
    all[to].setAttribute('tabindex', '0');
    /** @type {SVGElement} */ (all[to]).focus();
  });
  const focused = chart.querySelector('g.day[tabindex="0"]')?.getAttribute('data-day');
  fill(chart, [plot]);
  if (focused && focused !== days.at(-1)?.day) {
    plot.querySelector('g.day[tabindex="0"]')?.setAttribute('tabindex', '-1');
    plot.querySelector(`g.day[data-day="${focused}"]`)?.setAttribute('tabindex', '0');
  }
}

/**
 * @param {import('../core/limber-core.js').Stats} stats
 * @param {Map<string, string>} exerciseNames
 */
export function showStats(stats, exerciseNames) {
  byId('figure-today').textContent = t('figureToday', stats.today.completed, stats.goal);
  byId('figure-micro').textContent = String(stats.today.micro);
  byId('figure-streak').textContent = plural('days', stats.currentStreak);
  byId('figure-longest').textContent = plural('days', stats.longestStreak);
  // "34 breaks, 72 min", each half kept on one line when the tile is narrow.
  const breaks = (id, { completed, minutes }) => {
    const [before, rest] = t('breaksAndMinutes', '{1}', '{2}').split('{1}');
    const [between, after] = rest.split('{2}');
    const whole = (text) => el('span', { class: 'whole' }, [text]);
    fill(byId(id), [before, whole(plural('breaks', completed)), between, whole(t('minutesShort', minutes)), after].filter(Boolean));
  };
  breaks('figure-week', stats.last7);
  breaks('figure-month', stats.last30);
  breaks('figure-total', stats.total);

  showChart(stats);
  fill(byId('chart-table'), [...stats.days].reverse().map((day) => el('tr', {}, [
    el('th', { scope: 'row' }, [dayLabel(day.day)]),
    ...[day.completed, day.partial ?? 0, day.skipped ?? 0, day.minutes].map((n) => el('td', {}, [String(n)])),
  ])));

  const top = stats.exercises.slice(0, 5);
  fill(byId('top-exercises'), top.length === 0
    ? [el('li', {}, [t('noBreaksYet')])]
    : top.map(({ id, count }) => el('li', {}, [`${exerciseNames.get(id) ?? id}: ${plural('times', count)}`])));
}
