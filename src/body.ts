// Small, total readers for untrusted error bodies: every function accepts anything and never throws.
import { safeString, type FieldProblem } from './errors.ts';

export type Json = Record<string, unknown>;

export function asRecord(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/**
 * The body of a failed response as the normaliser takes it: parsed JSON, else the text; undefined
 * when empty or unreadable (a body that broke off). Reads a clone, so the response stays usable.
 */
export async function responseBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.clone().text();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
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
