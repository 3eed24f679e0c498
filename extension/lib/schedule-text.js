// Words for the core's schedule, for the badge, the toolbar title and the new
// tab. Only wording lives here; what is due and when is the core's answer.
import { t } from './i18n.js';
import { WEEKDAYS } from './labels.js';

// Times as the user's region writes them (24-hour or not), whatever the words' language.
const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** @param {import('../core/limber-core.js').Schedule} schedule */
export function describeSchedule(schedule) {
  switch (schedule.status) {
    case 'off':
      return t('scheduleOff');
    case 'due':
      return t('scheduleDue');
    case 'outside-hours':
      return t('scheduleOutsideHours', WEEKDAYS[schedule.nextStart.weekday], schedule.nextStart.time);
    case 'snoozed':
      return t('scheduleSnoozed', clockFormat.format(schedule.dueAt));
    default:
      return t('scheduleNext', clockFormat.format(schedule.dueAt), schedule.minutesLeft);
  }
}

/** Minutes left on the toolbar badge: empty when off or outside working hours. */
export function badgeText(schedule) {
  if (schedule.status === 'due') return t('badgeNow');
  if (schedule.status === 'waiting' || schedule.status === 'snoozed') {
    return schedule.minutesLeft > 999 ? '' : t('badgeMinutes', schedule.minutesLeft);
  }
  return '';
}
