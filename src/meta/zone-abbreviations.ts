import { ZONE_ABBREVIATIONS } from './zone-abbreviation-data.js';

/**
 * The time zone abbreviation of the `z` token as docker/metadata-action prints it. It formats
 * with moment-timezone, whose abbreviations are the IANA database's: letters where the database
 * has them (CST for Asia/Shanghai, JST, EST/EDT, CET/CEST, UTC), else the offset as digits (+08,
 * -03, +0530). Intl only knows CLDR's names (GMT+8), so the letters come from a table generated
 * from moment-timezone (scripts/zone-abbreviations.mjs) rather than from moment-timezone itself:
 * that library and its data would add 1 MB to the bundle and some 30 ms to a step that asks for
 * `z`, for a few hundred names. The offset comes from Intl, with the date's other fields.
 */

/** From `start` (ms since 1970) on, one abbreviation per offset (minutes east of UTC). */
interface Era {
  start: number;
  byOffset: Map<number, string>;
}

let zones: Map<string, Era[]> | undefined;

/** Reads the table (zone-abbreviation-data.ts describes its layout) on the first `z`. */
function table(): Map<string, Era[]> {
  const byZone = new Map<string, Era[]>();
  let eras: Era[] = [];
  for (const line of ZONE_ABBREVIATIONS.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith(' ')) {
      for (const name of line.trim().split(' ')) byZone.set(name.toLowerCase(), eras);
      continue;
    }
    eras = line.split(' ; ').map((part, i) => {
      const words = part.split(' ');
      const start = i === 0 ? -Infinity : Date.parse(words.shift() ?? '');
      const byOffset = new Map(words.map((w) => [Number(w.split('=')[0]), w.split('=')[1] ?? '']));
      return { start, byOffset };
    });
  }
  return byZone;
}

/** The IANA database's numeric abbreviation: +08, -03, +0530, +0545. */
function numeric(offset: number): string {
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = abs % 60 === 0 ? '' : String(abs % 60).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hours}${minutes}`;
}

/**
 * The abbreviation of `timeZone` (any case, as moment-timezone and Intl accept) at `date`, whose
 * offset there is `offset`. The era in force decides; an offset it does not know is looked up in
 * the zone's earlier eras, so that a date Intl's older rules place at a former offset keeps that
 * offset's letters; a date before the table's first era (2015) reads the first era.
 */
export function zoneAbbreviation(timeZone: string, date: Date, offset: number): string {
  zones ??= table();
  const eras = zones.get(timeZone.toLowerCase()) ?? [];
  let current = 0;
  for (const [i, era] of eras.entries()) if (era.start <= date.getTime()) current = i;
  for (let i = current; i >= 0; i--) {
    const abbr = eras[i]?.byOffset.get(offset);
    if (abbr) return abbr;
  }
  return numeric(offset);
}
