// Small, total readers for untrusted error bodies: every function accepts anything and never throws.
import { safeString, type FieldProblem } from './errors.ts';

export type Json = Record<string, unknown>;

export function asRecord(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** How much of an error body is read (64 KiB, about a hundred times the largest documented one); the rest is cancelled unread. */
export const ERROR_BODY_LIMIT_BYTES = 64 * 1024;

/** At most `maxBytes` of a body as text, the rest cancelled; undefined when it cannot be read (it broke off). */
export async function readCapped(response: Response, maxBytes: number): Promise<{ text: string; truncated: boolean } | undefined> {
  const stream = response.body;
  if (stream === null) return { text: '', truncated: false };
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode(), truncated: false };
      const room = maxBytes - bytes;
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, room));
        await reader.cancel().catch(() => undefined);
        return { text, truncated: true };
      }
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    reader.cancel().catch(() => undefined);
    return undefined;
  }
}

/** A body's text as the normaliser takes it: parsed JSON, else the text itself; undefined when empty. */
export function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Field problems from the shapes vendors use: arrays of {path|field|param, message|issue}, or one such object. */
export function fieldProblems(value: unknown): FieldProblem[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: FieldProblem[] = [];
  for (const item of list) {
    const r = asRecord(item);
    if (!r) continue;
    const rawPath = r.path ?? r.field ?? r.param;
    const path = Array.isArray(rawPath) ? rawPath.map(safeString).join('.') : asString(rawPath);
    const message = asString(r.message) ?? asString(r.issue);
    if (path !== undefined || message !== undefined) out.push({ path: path ?? '', message: message ?? '' });
  }
  return out;
}
