// The shared runtime, for users who work across vendors: one error type, pagination, retries.
export { ApiError, isApiError, normalizeError, categoryForStatus, type ErrorCategory, type FieldProblem, type CatalogEntry } from './errors.ts';
export { ConfigurationError, type TokenProvider } from './auth.ts';
export { paginate, PaginationError, type PaginateOptions, type Pagination, type ItemOf } from './paginate.ts';
export { canResend, type RetryOptions } from './retry.ts';
export type { BaseClientOptions, VendorClient, DataOf } from './client.ts';
export { MAX_PROBLEMS, VALIDATE_MODES, type ValidateMode, type DriftOptions, type DriftReport, type DriftProblem, type DriftValidators } from './drift.ts';
export type { RequestSnapshot } from './redact.ts';
