// The vendor-neutral webhook core (src/webhook.ts): encodings, HMAC and comparisons checked against
// node:crypto / Buffer and the published RFC test vectors, header reading in every form servers use.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyBytes,
  checkTimestamp,
  fromBase64,
  fromHex,
  hmac,
  readHeader,
  secretList,
  timingSafeEqual,
  timingSafeEqualStrings,
  toBase64,
  toHex,
} from '../src/webhook.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const reasonOf = (run: () => unknown) => webhookRefusal(run, { vendor: 't' });

describe('encodings', () => {
  it('hex and base64 agree with Buffer for any bytes, and round-trip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (data) => {
        const buffer = Buffer.from(data);
        expect(toHex(data)).toBe(buffer.toString('hex'));
        expect(toBase64(data)).toBe(buffer.toString('base64'));
        expect(fromHex(toHex(data))).toEqual(data);
        expect(fromHex(toHex(data).toUpperCase())).toEqual(data);
        expect(fromBase64(toBase64(data))).toEqual(data);
      }),
    );
  });

  it('rejects what is not canonical hex or padded standard base64', () => {
    for (const text of ['a', 'zz', '0g', ' 00']) expect(fromHex(text), text).toBeUndefined();
    for (const text of ['abc', 'ab==cd==', 'ab-_', 'YQ', 'YR==', 'Zm9v=', '====', 'Zg=a']) expect(fromBase64(text), text).toBeUndefined();
    expect(fromBase64('')).toEqual(new Uint8Array());
  });
});

describe('hmac (Web Crypto)', () => {
  // RFC 2202 §3 test case 2 (HMAC-SHA-1) and RFC 4231 §4.3 test case 2 (HMAC-SHA-256): key "Jefe".
  it('gives the RFC 2202 and RFC 4231 known answers', async () => {
    expect(toHex(await hmac('SHA-1', 'Jefe', 'what do ya want for nothing?'))).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
    expect(toHex(await hmac('SHA-256', 'Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('equals node:crypto for any key and message, over concatenated parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.uint8Array({ maxLength: 200 }),
        fc.string({ maxLength: 20 }),
        async (key, body, prefix) => {
          expect(toHex(await hmac('SHA-256', key, prefix, body))).toBe(createHmac('sha256', key).update(prefix).update(body).digest('hex'));
          expect(toBase64(await hmac('SHA-1', key, body))).toBe(createHmac('sha1', key).update(body).digest('base64'));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('comparisons', () => {
  it('timingSafeEqual is equality of bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (a, b) => {
        expect(timingSafeEqual(a, b)).toBe(Buffer.from(a).equals(Buffer.from(b)));
        expect(timingSafeEqual(a, a.slice())).toBe(true);
      }),
    );
  });

  it('timingSafeEqualStrings is equality of strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (a, b) => {
        expect(await timingSafeEqualStrings(a, b)).toBe(a === b);
        expect(await timingSafeEqualStrings(a, `${a}`)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('readHeader', () => {
  const forms = (name: string, value: string) => [
    { [name]: value },
    { [name.toUpperCase()]: value },
    { [name.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase())]: [value] },
    new Headers({ [name]: value }),
  ];

  it('finds a header in any case, in a record, an array value or a Headers object', () => {
    for (const headers of forms('x-helpscout-signature', 'abc=')) expect(readHeader('t', headers, 'X-HelpScout-Signature')).toBe('abc=');
  });

  it('treats absent, empty and undefined as absent', () => {
    for (const headers of [{}, { 'x-a': '' }, { 'x-a': '  ' }, { 'x-a': undefined }, { 'x-a': [] }, new Headers()]) {
      expect(readHeader('t', headers, 'x-a')).toBeUndefined();
    }
  });

  it('refuses two different values, and accepts repeats of one', async () => {
    expect(await reasonOf(() => readHeader('t', { 'x-a': ['1', '2'] }, 'x-a'))).toBe('malformed_header');
    expect(await reasonOf(() => readHeader('t', { 'x-a': '1', 'X-A': '2' }, 'x-a'))).toBe('malformed_header');
    expect(readHeader('t', { 'x-a': ['1', '1'], 'X-A': '1' }, 'x-a')).toBe('1');
  });

  it('refuses a missing headers object', async () => {
    expect(await reasonOf(() => readHeader('t', null as unknown as Headers, 'x-a'))).toBe('missing_header');
  });
});

describe('bodies, secrets and times', () => {
  it('reads strings as UTF-8 and byte views without copying the wrong range', async () => {
    expect(bodyBytes('t', 'é')).toEqual(new Uint8Array([0xc3, 0xa9]));
    const whole = bytes('xxabcyy');
    expect(bodyBytes('t', whole.subarray(2, 5))).toEqual(bytes('abc'));
    expect(bodyBytes('t', new DataView(whole.buffer, 2, 3))).toEqual(bytes('abc'));
    expect(bodyBytes('t', whole.buffer.slice(2, 5))).toEqual(bytes('abc'));
    for (const bad of [null, undefined, 42, {}, [1, 2]])
      expect(await reasonOf(() => bodyBytes('t', bad as unknown as string))).toBe('malformed_body');
  });

  it('takes one secret or a rotation list, and refuses empty ones', async () => {
    expect(secretList('t', 's')).toEqual(['s']);
    expect(secretList('t', ['a', 'b'])).toEqual(['a', 'b']);
    for (const bad of ['', ' ', [], ['a', ''], [1], null])
      expect(await reasonOf(() => secretList('t', bad as unknown as string))).toBe('missing_secret');
  });

  it('accepts the tolerance bounds and names the side that fails', async () => {
    const now = () => 1_000_000;
    expect(await reasonOf(() => checkTimestamp('t', 1_000_000 - 300_000, { now }, 300))).toBe('no error');
    expect(await reasonOf(() => checkTimestamp('t', 1_000_000 + 300_000, { now }, 300))).toBe('no error');
    expect(await reasonOf(() => checkTimestamp('t', 1_000_000 - 300_001, { now }, 300))).toBe('stale');
    expect(await reasonOf(() => checkTimestamp('t', 1_000_000 + 300_001, { now }, 300))).toBe('future');
    expect(await reasonOf(() => checkTimestamp('t', 1_000_000, { now, toleranceSeconds: 0 }, 300))).toBe('no error');
  });
});
