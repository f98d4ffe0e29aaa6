import { zoneAbbreviation } from './zone-abbreviations.js';

/**
 * Formats a date with moment.js's format tokens (https://momentjs.com/docs/#/displaying/format/),
 * the ones docker/metadata-action documents for `{{date}}` and `{{commit_date}}`, in the `en`
 * locale and an IANA time zone: the fields from Intl, the `z` abbreviation from a table.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const TOKENS =
  /\[([^\]]*)\]|YYYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|Mo|MM|M|DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|do|dd|d|E|e|WW|Wo|W|ww|wo|w|GGGG|GG|gggg|gg|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|a|A|ZZ|Z|zz|z|X|x/g;

interface Fields {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offset: number; // minutes east of UTC
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

function fieldsOf(date: Date, timeZone: string): Fields {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const n = (k: string): number => Number(parts[k] ?? '0');
  const year = n('year');
  const month = n('month') - 1;
  const day = n('day');
  const hour = n('hour') % 24;
  const minute = n('minute');
  const second = n('second');
  const wall = Date.UTC(year, month, day, hour, minute, second);
  const offset = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const weekday = new Date(Date.UTC(year, month, day)).getUTCDay();
  return { year, month, day, hour, minute, second, ms: date.getTime() % 1000, weekday, offset };
}

const pad = (value: number, width: number): string => {
  const s = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${s}` : s;
};

function ordinal(n: number): string {
  const b = n % 10;
  const suffix =
    Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function dayOfYear(f: Fields): number {
  return Math.round((Date.UTC(f.year, f.month, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

/** Week and week-year with weeks starting on `dow` and week 1 holding January `doy`-related day, as moment computes. */
function weekOf(f: Fields, dow: number, doy: number): { week: number; year: number } {
  const fwd = 7 + dow - doy; // first-week day, as in moment's firstWeekOffset
  const offsetFor = (year: number): number => {
    const fwdlw = (7 + new Date(Date.UTC(year, 0, fwd)).getUTCDay() - dow) % 7;
    return -fwdlw + fwd - 1;
  };
  const daysIn = (year: number): number =>
    (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  const weekOffset = offsetFor(f.year);
  const week = Math.floor((dayOfYear(f) - weekOffset - 1) / 7) + 1;
  if (week < 1) {
    const prev = f.year - 1;
    return { year: prev, week: week + Math.floor((daysIn(prev) - offsetFor(prev) + offsetFor(f.year)) / 7) };
  }
  const weeksInYear = Math.floor((daysIn(f.year) - weekOffset + offsetFor(f.year + 1)) / 7);
  if (week > weeksInYear) return { year: f.year + 1, week: week - weeksInYear };
  return { year: f.year, week };
}

function zone(offset: number, separator: string): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

/**
 * moment's default format, used for an empty format as moment does: a `{{date}}` argument that is
 * not quoted (`{{commit_date YYYY-MM-DD}}`) is a Handlebars path, which resolves to nothing.
 * moment-timezone prints `Z` for a zone at offset 0, the offset otherwise.
 */
function defaultFormat(offset: number): string {
  return offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ';
}

/** Renders `date` in `timeZone` with a moment format string; throws RangeError on an unknown zone. */
export function formatDate(date: Date, format: string, timeZone = 'UTC'): string {
  const f = fieldsOf(date, timeZone);
  if (format === '') return formatDate(date, defaultFormat(f.offset), timeZone);
  const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const iso = (): { week: number; year: number } => weekOf(f, 1, 4);
  const local = (): { week: number; year: number } => weekOf(f, 0, 6);
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYYYY':
        return (f.year < 0 ? '-' : '+') + pad(Math.abs(f.year), 6);
      case 'YYYY':
        return f.year <= 9999 ? pad(f.year, 4) : `+${f.year}`;
      case 'YY':
        return pad(f.year % 100, 2);
      case 'Y':
        return f.year <= 9999 ? String(f.year) : `+${f.year}`;
      case 'Q':
        return String(Math.floor(f.month / 3) + 1);
      case 'Qo':
        return ordinal(Math.floor(f.month / 3) + 1);
      case 'MMMM':
        return MONTHS[f.month] ?? '';
      case 'MMM':
        return (MONTHS[f.month] ?? '').slice(0, 3);
      case 'MM':
        return pad(f.month + 1, 2);
      case 'Mo':
        return ordinal(f.month + 1);
      case 'M':
        return String(f.month + 1);
      case 'DDDD':
        return pad(dayOfYear(f), 3);
      case 'DDDo':
        return ordinal(dayOfYear(f));
      case 'DDD':
        return String(dayOfYear(f));
      case 'DD':
        return pad(f.day, 2);
      case 'Do':
        return ordinal(f.day);
      case 'D':
        return String(f.day);
      case 'dddd':
        return DAYS[f.weekday] ?? '';
      case 'ddd':
        return (DAYS[f.weekday] ?? '').slice(0, 3);
      case 'dd':
        return (DAYS[f.weekday] ?? '').slice(0, 2);
      case 'do':
        return ordinal(f.weekday);
      case 'd':
        return String(f.weekday);
      case 'e':
        return String(f.weekday);
      case 'E':
        return String(f.weekday === 0 ? 7 : f.weekday);
      case 'W':
        return String(iso().week);
      case 'WW':
        return pad(iso().week, 2);
      case 'Wo':
        return ordinal(iso().week);
      case 'w':
        return String(local().week);
      case 'ww':
        return pad(local().week, 2);
      case 'wo':
        return ordinal(local().week);
      case 'GGGG':
        return pad(iso().year, 4);
      case 'GG':
        return pad(iso().year % 100, 2);
      case 'gggg':
        return pad(local().year, 4);
      case 'gg':
        return pad(local().year % 100, 2);
      case 'HH':
        return pad(f.hour, 2);
      case 'H':
        return String(f.hour);
      case 'hh':
        return pad(h12, 2);
      case 'h':
        return String(h12);
      case 'kk':
        return pad(f.hour === 0 ? 24 : f.hour, 2);
      case 'k':
        return String(f.hour === 0 ? 24 : f.hour);
      case 'mm':
        return pad(f.minute, 2);
      case 'm':
        return String(f.minute);
      case 'ss':
        return pad(f.second, 2);
      case 's':
        return String(f.second);
      case 'a':
        return f.hour < 12 ? 'am' : 'pm';
      case 'A':
        return f.hour < 12 ? 'AM' : 'PM';
      case 'ZZ':
        return zone(f.offset, '');
      case 'Z':
        return zone(f.offset, ':');
      case 'zz':
      case 'z':
        return zoneAbbreviation(timeZone, date, f.offset);
      case 'X':
        return String(Math.floor(date.getTime() / 1000));
      case 'x':
        return String(date.getTime());
      default: // S..SSSSSSSSS: fractional seconds, milliseconds padded with zeros
        return (pad(f.ms, 3) + '000000').slice(0, token.length);
    }
  });
}
