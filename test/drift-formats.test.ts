// The drift validators' faster format checks (scripts/drift-formats.ts) give ajv-formats' verdict,
// the one the test suite's Ajv gives: on every date-time in the specs, on strings built near the
// grammar's edges, and on arbitrary strings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { dateTime } from '../scripts/drift-formats.ts';
import { loadBundles } from './support/bundles.ts';

const reference = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Strings near RFC 3339: each part sometimes valid, sometimes just out of range or malformed. */
/** Mostly a valid part, sometimes an edge: so that whole strings are often valid and often not. */
const part = (valid: fc.Arbitrary<string>, edges: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: edges, weight: 1 });
const nearDateTime = fc
  .record({
    year: part(
      fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
      fc.constantFrom('1900', '2000', '2100', '999', '20x4'),
    ),
    month: part(
      fc.integer({ min: 1, max: 12 }).map((m) => pad(m)),
      fc.constantFrom('00', '13', '1', 'ab'),
    ),
    day: part(
      fc.integer({ min: 1, max: 28 }).map((d) => pad(d)),
      fc.constantFrom('00', '29', '30', '31', '32', '7'),
    ),
    separator: part(fc.constantFrom('T', 't', ' '), fc.constantFrom('\t', '\n', '\u00a0', '\u2003', '\ufeff', 'TT', '', '_', 'x', 'Z')),
    hour: part(
      fc.integer({ min: 0, max: 23 }).map((h) => pad(h)),
      fc.constantFrom('24', '25', '9', '-1'),
    ),
    minute: part(
      fc.integer({ min: 0, max: 59 }).map((m) => pad(m)),
      fc.constantFrom('60', '5'),
    ),
    second: part(
      fc.integer({ min: 0, max: 59 }).map((s) => pad(s)),
      fc.constantFrom('60', '61', '6'),
    ),
    fraction: part(fc.constantFrom('', '.0', '.123456789'), fc.constantFrom('.', '.5x', ',')),
    zone: part(
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.constantFrom(':', ''), fc.integer({ min: 0, max: 59 }))
        .map(([s, h, c, m]) => `${s}${pad(h)}${c}${pad(m)}`),
      fc.constantFrom('Z', 'z', '', 'UTC', 'Zz', '+', '-', '+00', '+05:', '+05:3', '+24:00', '+23:60', '+01:00Z', '+01:00:00', ' Z'),
    ),
    tail: part(fc.constant(''), fc.constantFrom('\n', ' ', 'x')),
  })
  .map((p) => `${p.year}-${p.month}-${p.day}${p.separator}${p.hour}:${p.minute}:${p.second}${p.fraction}${p.zone}${p.tail}`);

describe('drift date-time format', () => {
  it('agrees with ajv-formats on strings near the grammar (property)', () => {
    let valid = 0;
    fc.assert(
      fc.property(nearDateTime, (s) => {
        const expected = reference(s);
        if (expected) valid++;
        expect(dateTime(s), JSON.stringify(s)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
    // both verdicts occur often, or the agreement says little
    expect(valid).toBeGreaterThan(2_000);
  });

  it('agrees with ajv-formats on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(dateTime(s)).toBe(reference(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with ajv-formats on leap seconds and on every date-time string in the specs', () => {
    const cases = [
      '2016-12-31T23:59:60Z',
      '2016-12-31T23:59:60.5Z',
      '2016-12-31T15:59:60-08:00',
      '2017-01-01T00:59:60+01:00',
      '2016-12-31T23:58:60Z',
      '2016-12-31T22:59:60Z',
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
    ];
    const strings = new Set<string>(cases);
    const walk = (node: unknown): void => {
      if (typeof node === 'string' && /^\d{4}-\d\d-\d\d[Tt ]/.test(node)) strings.add(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    for (const { doc } of loadBundles()) walk(doc);
    expect(strings.size).toBeGreaterThan(cases.length + 20);
    expect([...strings].filter((s) => dateTime(s) !== reference(s))).toEqual([]);
    expect(cases.map(dateTime)).toEqual([true, true, true, true, false, false, true, false, false, true]);
  });
});
