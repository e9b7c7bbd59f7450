// Faster checks, with the same verdicts, for the formats that dominate drift validation time:
// ajv-formats' full `date-time` splits the string and runs two regular expressions with capture
// groups (allocations, then garbage collection), and a page of 20 Inbox threads holds 181
// timestamps. The drift validators (scripts/validators.ts) use these; the test suite's Ajv keeps
// ajv-formats, and test/drift-formats.test.ts checks that both give the same verdict.

const WHITESPACE = /^\s$/;

/** The two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * RFC 3339 date-time exactly as ajv-formats 3 reads it in full mode: `YYYY-MM-DD`, one `T`, `t` or
 * whitespace, `hh:mm:ss` with an optional fraction, then a zone (required): `Z`, `z`, `±hh`,
 * `±hhmm` or `±hh:mm`; real calendar days; 23:59:60 only where it is a leap second in UTC.
 */
export function dateTime(s: string): boolean {
  const n = s.length;
  if (n < 20) return false;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const separator = s.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && !WHITESPACE.test(s[10]!)) return false;
  const hr = twoDigits(s, 11);
  const min = twoDigits(s, 14);
  // whole seconds: a fraction never takes 59 to 60, so `sec < 60` is `whole <= 59`
  const sec = twoDigits(s, 17);
  if (hr < 0 || min < 0 || sec < 0 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    let j = i + 1;
    while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === i + 1) return false;
    i = j;
  }
  let tzSign = 1;
  let tzH = 0;
  let tzM = 0;
  const zone = s.charCodeAt(i);
  if (zone === 90 || zone === 122) {
    if (i + 1 !== n) return false;
  } else if (zone === 43 || zone === 45) {
    tzSign = zone === 45 ? -1 : 1;
    tzH = twoDigits(s, i + 1);
    if (tzH < 0) return false;
    i += 3;
    if (i < n) {
      if (s.charCodeAt(i) === 58) i++;
      tzM = twoDigits(s, i);
      if (tzM < 0) return false;
      i += 2;
    }
    if (i !== n) return false;
  } else return false;
  const year = century * 100 + yy;
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leapYear ? 29 : DAYS[month]!)) return false;
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec <= 59) return true;
  // a leap second: 23:59:60 in UTC
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec <= 60;
}

/** Ajv format definitions that replace ajv-formats' in the drift validators. */
export const DRIFT_FORMATS = {
  'date-time': { type: 'string' as const, validate: dateTime },
};
