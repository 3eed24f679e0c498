// Words for the core's schedule, for the badge, the toolbar title and the new
// tab. Only wording lives here; what is due and when is the core's answer.
import { plural, t } from './i18n.js';
import { WEEKDAYS } from './labels.js';

// Times as the user's region writes them (24-hour or not), whatever the words' language.
const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayClockFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** A time later today as "14:30", on another day as "Tue 09:00". @param {number} utc */
function whenText(utc) {
  return new Date(utc).toDateString() === new Date().toDateString() ? clockFormat.format(utc) : dayClockFormat.format(utc);
}

/** @param {import('../core/limber-core.js').Schedule} schedule */
export function describeSchedule(schedule) {
  switch (schedule.status) {
    case 'off':
      return t('scheduleOff');
    case 'due':
      return t('scheduleDue');
    case 'held':
      return t('scheduleHeld');
    case 'in-break':
      return t('scheduleInBreak');
    case 'outside-hours':
      return t('scheduleOutsideHours', WEEKDAYS[schedule.nextStart.weekday], schedule.nextStart.time);
    case 'paused':
      return schedule.pausedUntil ? t('schedulePaused', whenText(schedule.pausedUntil)) : t('schedulePausedUntilResumed');
    case 'snoozed':
      return t('scheduleSnoozed', clockFormat.format(schedule.dueAt));
    default:
      return t('scheduleNext', clockFormat.format(schedule.dueAt), schedule.minutesLeft);
  }
}

/** Minutes left on the toolbar badge: empty when off or outside working hours. */
export function badgeText(schedule) {
  if (schedule.status === 'due' || schedule.status === 'held') return t('badgeNow');
  if (schedule.status === 'paused') return t('badgePaused');
  if (schedule.status === 'waiting' || schedule.status === 'snoozed') {
    return schedule.minutesLeft > 999 ? '' : t('badgeMinutes', schedule.minutesLeft);
  }
  return '';
}

/** The core's schedule in words, as a sentence: "Next break at 14:30, in 45 min." */
export function sentence(words) {
  return `${words.replace(/^./, (c) => c.toUpperCase())}.`;
}

/** The schedule as the new tab and the popup show it: a sentence, or a paused one that a Resume follows. */
export function scheduleLine(schedule) {
  const words = describeSchedule(schedule);
  return schedule.status === 'paused' ? words.replace(/^./, (c) => c.toUpperCase()) : sentence(words);
}

/**
 * Today's count and streak, as the service worker last counted them; on a new
 * day before it has counted again, nothing is done yet.
 * @param {any} todayStats @param {{day: string}} schedule @param {number} goal
 */
export function todayLabel(todayStats, schedule, goal) {
  const current = todayStats?.day === schedule.day ? todayStats : { completed: 0, goal, streak: 0 };
  const parts = [plural('todayBreaks', current.goal, current.completed, current.goal)];
  if (current.streak > 0) parts.push(plural('streak', current.streak));
  // Micro-breaks are counted apart: never toward the goal.
  if (current.micro > 0) parts.push(plural('microToday', current.micro));
  return parts.join(' · ');
}

/** The welcome's last words: when the first break comes, as the core's schedule says. */
export function firstBreakText(schedule) {
  switch (schedule.status) {
    case 'waiting':
    case 'snoozed':
    case 'due':
    case 'held':
      return t('welcomeFirstBreakAt', whenText(schedule.dueAt));
    case 'outside-hours':
      return t('welcomeFirstBreakWorkday', WEEKDAYS[schedule.nextStart.weekday], schedule.nextStart.time);
    default:
      return sentence(describeSchedule(schedule));
  }
}
