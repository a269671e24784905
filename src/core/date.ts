/**
 * Calendar dates as the org files write them: `YYYY-MM-DD` (ISO 8601), compared as strings (the format
 * sorts chronologically), never through time zones.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dateMistake's answer for text that is not written `YYYY-MM-DD` at all (callers say the format instead). */
export const NOT_WRITTEN_AS_DATE = 'write it YYYY-MM-DD';

/** ": February 2026 has 28 days" for a date written YYYY-MM-DD that is no day, else "" (the format is the message). */
export function whyNoDay(text: string): string {
  const mistake = dateMistake(text);
  return mistake === undefined || mistake === NOT_WRITTEN_AS_DATE ? '' : `: ${mistake}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in `month` (1-12) of `year`, by the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is no calendar date written `YYYY-MM-DD`, in words ("February 2026 has 28 days", "there is no
 * month 13", "write it YYYY-MM-DD"), or undefined when it is one. Computed, not through Date: no time zone,
 * and the years 0000-0099 stay themselves.
 */
export function dateMistake(text: string): string | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return NOT_WRITTEN_AS_DATE;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2]!}`;
  if (day < 1) return `there is no day ${m[3]!}`;
  const days = daysIn(year, month);
  return day > days ? `${MONTHS[month - 1]!} ${m[1]!} has ${days} days` : undefined;
}

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  return dateMistake(text) === undefined;
}
