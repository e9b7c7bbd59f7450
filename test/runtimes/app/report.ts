// What the smoke suite hands back to the harness, from every runtime: plain JSON.

export interface CheckResult {
  name: string;
  ok: boolean;
  /** why it failed */
  error?: string;
}

export interface SmokeReport {
  /** the runtime as it names itself (name and version) */
  runtime: { name: string; version: string };
  checks: CheckResult[];
}
