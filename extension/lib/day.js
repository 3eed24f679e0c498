// The user's local calendar day, as the browser knows it. History records carry
// it so streaks stay right across daylight-saving changes and travel.

/** @param {Date} [date] @returns {string} "YYYY-MM-DD" in local time */
export function localDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
