// What every signing vendor's `messaging-contracts/<vendor>/webhooks` re-exports from the shared
// webhook core (src/webhook.ts), listed once: the error, its guard and the public types.
export { WebhookVerificationError, isWebhookVerificationError } from './webhook.ts';
export type {
  WebhookDelivery,
  WebhookHeaders,
  WebhookRawBody,
  WebhookSecret,
  WebhookVerifyOptions,
  WebhookVerificationReason,
} from './webhook.ts';
