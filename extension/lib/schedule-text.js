// Words for the core's schedule, for the badge, the toolbar title and the new
// tab. Only wording lives here; what is due and when is the core's answer.

const WEEKDAYS = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

function clock(utc) {
  return new Date(utc).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** @param {import('../core/limber-core.js').Schedule} schedule */
export function describeSchedule(schedule) {
  switch (schedule.status) {
    case 'off':
      return 'reminders are off';
    case 'due':
      return 'a break is due now';
    case 'outside-hours':
      return `outside working hours: next at ${WEEKDAYS[schedule.nextStart.weekday]} ${schedule.nextStart.time}`;
    case 'snoozed':
      return `snoozed until ${clock(schedule.dueAt)}`;
    default:
      return `next break at ${clock(schedule.dueAt)}, in ${schedule.minutesLeft} min`;
  }
}

/** Minutes left on the toolbar badge: empty when off or outside working hours. */
export function badgeText(schedule) {
  if (schedule.status === 'due') return 'now';
  if (schedule.status === 'waiting' || schedule.status === 'snoozed') {
    return schedule.minutesLeft > 999 ? '' : `${schedule.minutesLeft}m`;
  }
  return '';
}
