// Small, total readers for untrusted error bodies: every function accepts anything and never throws.
import type { FieldProblem } from './errors.ts';

export type Json = Record<string, unknown>;

export function asRecord(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
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
    const path = Array.isArray(rawPath) ? rawPath.map(String).join('.') : asString(rawPath);
    const message = asString(r.message) ?? asString(r.issue);
    if (path !== undefined || message !== undefined) out.push({ path: path ?? '', message: message ?? '' });
  }
  return out;
}
