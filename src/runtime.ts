// The shared runtime, for users who work across vendors: one error type, pagination, retries.
export {
  ApiError,
  isApiError,
  normalizeError,
  categoryForStatus,
  MAX_BODY_DEPTH,
  type ErrorCategory,
  type FieldProblem,
  type CatalogEntry,
  type RuntimeCode,
} from './errors.ts';
export { ConfigurationError, type TokenProvider } from './auth.ts';
export { paginate, PaginationError, MAX_EMPTY_PAGES, type PaginateOptions, type Pagination, type ItemOf } from './paginate.ts';
export { canResend, RETRY_DEFAULTS, type RetryOptions } from './retry.ts';
export { ERROR_BODY_LIMIT_BYTES } from './body.ts';
export { DEFAULT_TIMEOUT_MS, DEFAULT_DEADLINE_MS } from './client.ts';
export type { BaseClientOptions, VendorClient, DataOf } from './client.ts';
export {
  MAX_PROBLEMS,
  VALIDATE_MODES,
  type ValidateMode,
  type DriftOptions,
  type DriftReport,
  type DriftProblem,
  type DriftValidators,
} from './drift.ts';
export type { RequestSnapshot } from './redact.ts';
