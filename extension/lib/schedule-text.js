// Words for the core's schedule, for the badge, the toolbar title and the new
// tab. Only wording lives here; what is due and when is the core's answer.
import { t } from './i18n.js';
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
