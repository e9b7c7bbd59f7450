// Generated from generated/inbound/openapi.json by scripts/calls.ts (`npm run build`): every operation's arguments,
// success body and error body, and the client's typed methods (src/call-types.ts). Do not edit.
import type { components, operations } from './schema.ts';
import type { CallMethod, CallResult, InitBody, InitOptional, InitParams, InitParamsBody } from '../../src/call-types.ts';

/** Every operation by method and path: `args` of the call, `data` of a 2xx, `error` of a 4xx, 5xx or default response. */
export interface Calls {
  POST: {
    "/emails": { args: [init: InitBody<operations["sendEmail"]["parameters"], components["schemas"]["SendEmailRequest"]>]; data: components["schemas"]["SendEmailResult"]; error: components["schemas"]["Error"] };
    "/emails/{id}/reply": { args: [init: InitParamsBody<operations["replyToEmail"]["parameters"], components["schemas"]["ReplyEmailRequest"]>]; data: components["schemas"]["ReplyEmailResult"]; error: components["schemas"]["Error"] };
    "/emails/schedule": { args: [init: InitBody<operations["scheduleEmail"]["parameters"], components["schemas"]["ScheduleEmailRequest"]>]; data: components["schemas"]["ScheduleEmailResult"]; error: components["schemas"]["Error"] };
    "/endpoints": { args: [init: InitBody<operations["createEndpoint"]["parameters"], components["schemas"]["EndpointCreate"]>]; data: components["schemas"]["Endpoint"]; error: components["schemas"]["Error"] };
    "/endpoints/{id}/test": { args: [init: InitParams<operations["testEndpoint"]["parameters"], components["schemas"]["EndpointTestRequest"]>]; data: components["schemas"]["EndpointTestResult"]; error: components["responses"]["TestEndpointBadRequestResponse"]["content"]["application/json"] | components["schemas"]["Error"] | components["schemas"]["SuccessFalseError"] };
    "/email-addresses": { args: [init: InitBody<operations["createEmailAddress"]["parameters"], components["schemas"]["EmailAddressCreate"]>]; data: components["schemas"]["EmailAddress"]; error: components["schemas"]["Error"] };
    "/domains": { args: [init: InitBody<operations["createDomain"]["parameters"], components["schemas"]["DomainCreate"]>]; data: components["schemas"]["DomainCreated"]; error: components["schemas"]["Error"] };
    "/domains/{id}/auth": { args: [init: InitParams<operations["initDomainAuth"]["parameters"], components["schemas"]["DomainAuthInitRequest"]>]; data: components["schemas"]["DomainAuthInitResult"]; error: components["schemas"]["Error"] };
    "/mail": { args: [init: InitBody<operations["createMailReply"]["parameters"], components["schemas"]["MailReplyRequest"]>]; data: components["schemas"]["MailReplyResult"]; error: components["schemas"]["Error"] };
    "/mail/bulk": { args: [init: InitBody<operations["bulkUpdateMail"]["parameters"], components["schemas"]["MailBulkUpdate"]>]; data: components["schemas"]["MailBulkUpdateResult"]; error: components["schemas"]["Error"] };
    "/mail/thread-counts": { args: [init: InitBody<operations["getMailThreadCounts"]["parameters"], components["schemas"]["MailThreadCountsRequest"]>]; data: components["schemas"]["MailThreadCounts"]; error: components["schemas"]["SuccessFalseError"] | components["schemas"]["Error"] };
    "/threads/{id}/actions": { args: [init: InitParamsBody<operations["performThreadAction"]["parameters"], components["schemas"]["ThreadActionRequest"]>]; data: components["schemas"]["ThreadActionResult"]; error: components["schemas"]["Error"] };
    "/onboarding/demo": { args: [init: InitBody<operations["sendOnboardingDemo"]["parameters"], components["schemas"]["OnboardingDemoRequest"]>]; data: components["schemas"]["OnboardingDemoResult"]; error: components["schemas"]["Error"] };
    "/onboarding/webhook": { args: [init: InitBody<operations["receiveOnboardingWebhook"]["parameters"], components["schemas"]["EmailReceivedEvent"]>]; data: components["schemas"]["OnboardingWebhookAck"]; error: components["schemas"]["Error"] };
  };
  GET: {
    "/emails/{id}": { args: [init: InitParams<operations["getEmail"]["parameters"], never>]; data: components["schemas"]["SentEmail"]; error: components["schemas"]["Error"] };
    "/emails/schedule": { args: [init?: InitOptional<operations["listScheduledEmails"]["parameters"], never>]; data: components["schemas"]["ScheduledEmailList"]; error: components["schemas"]["Error"] };
    "/emails/schedule/{id}": { args: [init: InitParams<operations["getScheduledEmail"]["parameters"], never>]; data: components["schemas"]["ScheduledEmail"]; error: components["schemas"]["Error"] };
    "/endpoints": { args: [init?: InitOptional<operations["listEndpoints"]["parameters"], never>]; data: components["schemas"]["EndpointList"]; error: components["schemas"]["Error"] };
    "/endpoints/{id}": { args: [init: InitParams<operations["getEndpoint"]["parameters"], never>]; data: components["schemas"]["EndpointDetail"]; error: components["schemas"]["Error"] };
    "/email-addresses": { args: [init?: InitOptional<operations["listEmailAddresses"]["parameters"], never>]; data: components["schemas"]["EmailAddressList"]; error: components["schemas"]["Error"] };
    "/email-addresses/{id}": { args: [init: InitParams<operations["getEmailAddress"]["parameters"], never>]; data: components["schemas"]["EmailAddress"]; error: components["schemas"]["Error"] };
    "/domains": { args: [init?: InitOptional<operations["listDomains"]["parameters"], never>]; data: components["schemas"]["DomainList"]; error: components["schemas"]["Error"] };
    "/domains/{id}": { args: [init: InitParams<operations["getDomain"]["parameters"], never>]; data: components["schemas"]["DomainDetail"]; error: components["schemas"]["Error"] };
    "/domains/{id}/dns-records": { args: [init: InitParams<operations["listDomainDnsRecords"]["parameters"], never>]; data: components["schemas"]["DomainDnsRecordList"]; error: components["schemas"]["Error"] };
    "/mail": { args: [init?: InitOptional<operations["listMail"]["parameters"], never>]; data: components["schemas"]["MailList"]; error: components["schemas"]["Error"] };
    "/mail/{id}": { args: [init: InitParams<operations["getMail"]["parameters"], never>]; data: components["schemas"]["MailDetail"]; error: components["schemas"]["Error"] };
    "/mail/{id}/thread": { args: [init: InitParams<operations["getMailThread"]["parameters"], never>]; data: components["schemas"]["MailThread"]; error: components["schemas"]["Error"] };
    "/threads": { args: [init?: InitOptional<operations["listThreads"]["parameters"], never>]; data: components["schemas"]["ThreadList"]; error: components["schemas"]["Error"] };
    "/threads/stats": { args: [init?: InitOptional<operations["getThreadStats"]["parameters"], never>]; data: components["schemas"]["ThreadStats"]; error: components["schemas"]["Error"] };
    "/threads/{id}": { args: [init: InitParams<operations["getThread"]["parameters"], never>]; data: components["schemas"]["ThreadDetail"]; error: components["schemas"]["Error"] };
    "/attachments/{id}/{filename}": { args: [init: InitParams<operations["downloadAttachment"]["parameters"], never>]; data: operations["downloadAttachment"]["responses"][200]["content"]["*/*"]; error: components["schemas"]["Error"] };
    "/onboarding/check-reply": { args: [init?: InitOptional<operations["checkOnboardingReply"]["parameters"], never>]; data: components["schemas"]["OnboardingReplyStatus"]; error: components["schemas"]["Error"] };
  };
  DELETE: {
    "/emails/schedule/{id}": { args: [init: InitParams<operations["cancelScheduledEmail"]["parameters"], never>]; data: components["schemas"]["CancelScheduledEmailResult"]; error: components["schemas"]["Error"] };
    "/endpoints/{id}": { args: [init: InitParams<operations["deleteEndpoint"]["parameters"], never>]; data: components["schemas"]["EndpointDeleteResult"]; error: components["schemas"]["Error"] };
    "/email-addresses/{id}": { args: [init: InitParams<operations["deleteEmailAddress"]["parameters"], never>]; data: components["schemas"]["EmailAddressDeleteResult"]; error: components["schemas"]["Error"] };
    "/domains/{id}": { args: [init: InitParams<operations["deleteDomain"]["parameters"], never>]; data: components["schemas"]["DomainDeleteResult"]; error: components["schemas"]["Error"] };
  };
  PUT: {
    "/endpoints/{id}": { args: [init: InitParamsBody<operations["updateEndpoint"]["parameters"], components["schemas"]["EndpointUpdate"]>]; data: components["schemas"]["Endpoint"]; error: components["schemas"]["Error"] };
    "/email-addresses/{id}": { args: [init: InitParamsBody<operations["updateEmailAddress"]["parameters"], components["schemas"]["EmailAddressUpdate"]>]; data: components["schemas"]["EmailAddress"]; error: components["schemas"]["Error"] };
    "/domains/{id}": { args: [init: InitParamsBody<operations["updateDomain"]["parameters"], components["schemas"]["DomainCatchAllUpdate"]>]; data: components["schemas"]["DomainCatchAllResult"]; error: components["schemas"]["Error"] };
  };
  PATCH: {
    "/domains/{id}": { args: [init: InitParams<operations["upgradeDomainMailFrom"]["parameters"], never>]; data: components["schemas"]["DomainMailFromUpgradeResult"]; error: components["schemas"]["Error"] };
    "/domains/{id}/auth": { args: [init: InitParams<operations["verifyDomainAuth"]["parameters"], never>]; data: components["schemas"]["DomainAuthVerifyResult"]; error: components["schemas"]["Error"] };
    "/mail/{id}": { args: [init: InitParamsBody<operations["updateMail"]["parameters"], components["schemas"]["MailUpdate"]>]; data: components["schemas"]["MailUpdateResult"]; error: components["schemas"]["Error"] };
  };
}

/** The typed methods: `client.GET` and its siblings. */
export interface Methods {
  GET: Get;
  PUT: Put;
  POST: Post;
  DELETE: Delete;
  OPTIONS: CallMethod<{}>;
  HEAD: CallMethod<{}>;
  PATCH: Patch;
  TRACE: CallMethod<{}>;
}

export interface Post extends CallMethod<Calls["POST"]> {
  /** Send an email */
  (path: "/emails", init: InitBody<operations["sendEmail"]["parameters"], components["schemas"]["SendEmailRequest"]>): Promise<CallResult<components["schemas"]["SendEmailResult"], components["schemas"]["Error"]>>;
  /** Reply to a received email */
  (path: "/emails/{id}/reply", init: InitParamsBody<operations["replyToEmail"]["parameters"], components["schemas"]["ReplyEmailRequest"]>): Promise<CallResult<components["schemas"]["ReplyEmailResult"], components["schemas"]["Error"]>>;
  /** Schedule an email */
  (path: "/emails/schedule", init: InitBody<operations["scheduleEmail"]["parameters"], components["schemas"]["ScheduleEmailRequest"]>): Promise<CallResult<components["schemas"]["ScheduleEmailResult"], components["schemas"]["Error"]>>;
  /** Create an endpoint */
  (path: "/endpoints", init: InitBody<operations["createEndpoint"]["parameters"], components["schemas"]["EndpointCreate"]>): Promise<CallResult<components["schemas"]["Endpoint"], components["schemas"]["Error"]>>;
  /** Send a test delivery */
  (path: "/endpoints/{id}/test", init: InitParams<operations["testEndpoint"]["parameters"], components["schemas"]["EndpointTestRequest"]>): Promise<CallResult<components["schemas"]["EndpointTestResult"], components["responses"]["TestEndpointBadRequestResponse"]["content"]["application/json"] | components["schemas"]["Error"] | components["schemas"]["SuccessFalseError"]>>;
  /** Create an email address */
  (path: "/email-addresses", init: InitBody<operations["createEmailAddress"]["parameters"], components["schemas"]["EmailAddressCreate"]>): Promise<CallResult<components["schemas"]["EmailAddress"], components["schemas"]["Error"]>>;
  /** Add a domain */
  (path: "/domains", init: InitBody<operations["createDomain"]["parameters"], components["schemas"]["DomainCreate"]>): Promise<CallResult<components["schemas"]["DomainCreated"], components["schemas"]["Error"]>>;
  /** Initialise domain authentication */
  (path: "/domains/{id}/auth", init: InitParams<operations["initDomainAuth"]["parameters"], components["schemas"]["DomainAuthInitRequest"]>): Promise<CallResult<components["schemas"]["DomainAuthInitResult"], components["schemas"]["Error"]>>;
  /** Reply to a received email (older API) */
  (path: "/mail", init: InitBody<operations["createMailReply"]["parameters"], components["schemas"]["MailReplyRequest"]>): Promise<CallResult<components["schemas"]["MailReplyResult"], components["schemas"]["Error"]>>;
  /** Mark received emails read or archived in bulk */
  (path: "/mail/bulk", init: InitBody<operations["bulkUpdateMail"]["parameters"], components["schemas"]["MailBulkUpdate"]>): Promise<CallResult<components["schemas"]["MailBulkUpdateResult"], components["schemas"]["Error"]>>;
  /** Count conversation sizes for received emails */
  (path: "/mail/thread-counts", init: InitBody<operations["getMailThreadCounts"]["parameters"], components["schemas"]["MailThreadCountsRequest"]>): Promise<CallResult<components["schemas"]["MailThreadCounts"], components["schemas"]["SuccessFalseError"] | components["schemas"]["Error"]>>;
  /** Apply an action to a thread */
  (path: "/threads/{id}/actions", init: InitParamsBody<operations["performThreadAction"]["parameters"], components["schemas"]["ThreadActionRequest"]>): Promise<CallResult<components["schemas"]["ThreadActionResult"], components["schemas"]["Error"]>>;
  /** Send the onboarding demo email */
  (path: "/onboarding/demo", init: InitBody<operations["sendOnboardingDemo"]["parameters"], components["schemas"]["OnboardingDemoRequest"]>): Promise<CallResult<components["schemas"]["OnboardingDemoResult"], components["schemas"]["Error"]>>;
  /** Receive the demo reply (internal webhook) */
  (path: "/onboarding/webhook", init: InitBody<operations["receiveOnboardingWebhook"]["parameters"], components["schemas"]["EmailReceivedEvent"]>): Promise<CallResult<components["schemas"]["OnboardingWebhookAck"], components["schemas"]["Error"]>>;
}

/** The GET paths a call may name without an init. */
export type GetPathWithoutRequiredInit = "/emails/schedule" | "/endpoints" | "/email-addresses" | "/domains" | "/mail" | "/threads" | "/threads/stats" | "/onboarding/check-reply";

export interface Get extends CallMethod<Calls["GET"]> {
  /** Get a sent email */
  (path: "/emails/{id}", init: InitParams<operations["getEmail"]["parameters"], never>): Promise<CallResult<components["schemas"]["SentEmail"], components["schemas"]["Error"]>>;
  /** List scheduled emails */
  (path: "/emails/schedule", init?: InitOptional<operations["listScheduledEmails"]["parameters"], never>): Promise<CallResult<components["schemas"]["ScheduledEmailList"], components["schemas"]["Error"]>>;
  /** Get a scheduled email */
  (path: "/emails/schedule/{id}", init: InitParams<operations["getScheduledEmail"]["parameters"], never>): Promise<CallResult<components["schemas"]["ScheduledEmail"], components["schemas"]["Error"]>>;
  /** List endpoints */
  (path: "/endpoints", init?: InitOptional<operations["listEndpoints"]["parameters"], never>): Promise<CallResult<components["schemas"]["EndpointList"], components["schemas"]["Error"]>>;
  /** Get an endpoint */
  (path: "/endpoints/{id}", init: InitParams<operations["getEndpoint"]["parameters"], never>): Promise<CallResult<components["schemas"]["EndpointDetail"], components["schemas"]["Error"]>>;
  /** List email addresses */
  (path: "/email-addresses", init?: InitOptional<operations["listEmailAddresses"]["parameters"], never>): Promise<CallResult<components["schemas"]["EmailAddressList"], components["schemas"]["Error"]>>;
  /** Get an email address */
  (path: "/email-addresses/{id}", init: InitParams<operations["getEmailAddress"]["parameters"], never>): Promise<CallResult<components["schemas"]["EmailAddress"], components["schemas"]["Error"]>>;
  /** List domains */
  (path: "/domains", init?: InitOptional<operations["listDomains"]["parameters"], never>): Promise<CallResult<components["schemas"]["DomainList"], components["schemas"]["Error"]>>;
  /** Get a domain */
  (path: "/domains/{id}", init: InitParams<operations["getDomain"]["parameters"], never>): Promise<CallResult<components["schemas"]["DomainDetail"], components["schemas"]["Error"]>>;
  /** List a domain's DNS records */
  (path: "/domains/{id}/dns-records", init: InitParams<operations["listDomainDnsRecords"]["parameters"], never>): Promise<CallResult<components["schemas"]["DomainDnsRecordList"], components["schemas"]["Error"]>>;
  /** List received emails */
  (path: "/mail", init?: InitOptional<operations["listMail"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailList"], components["schemas"]["Error"]>>;
  /** Get a received email */
  (path: "/mail/{id}", init: InitParams<operations["getMail"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailDetail"], components["schemas"]["Error"]>>;
  /** Get the conversation of a received email */
  (path: "/mail/{id}/thread", init: InitParams<operations["getMailThread"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailThread"], components["schemas"]["Error"]>>;
  /** List conversation threads */
  (path: "/threads", init?: InitOptional<operations["listThreads"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadList"], components["schemas"]["Error"]>>;
  /** Get thread statistics */
  (path: "/threads/stats", init?: InitOptional<operations["getThreadStats"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadStats"], components["schemas"]["Error"]>>;
  /** Get a thread with its messages */
  (path: "/threads/{id}", init: InitParams<operations["getThread"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadDetail"], components["schemas"]["Error"]>>;
  /** Download an attachment of a received email */
  (path: "/attachments/{id}/{filename}", init: InitParams<operations["downloadAttachment"]["parameters"], never>): Promise<CallResult<operations["downloadAttachment"]["responses"][200]["content"]["*/*"], components["schemas"]["Error"]>>;
  /** Check for a reply to the demo email */
  (path: "/onboarding/check-reply", init?: InitOptional<operations["checkOnboardingReply"]["parameters"], never>): Promise<CallResult<components["schemas"]["OnboardingReplyStatus"], components["schemas"]["Error"]>>;
  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */
  (path: GetPathWithoutRequiredInit): never;
}

export interface Delete extends CallMethod<Calls["DELETE"]> {
  /** Cancel a scheduled email */
  (path: "/emails/schedule/{id}", init: InitParams<operations["cancelScheduledEmail"]["parameters"], never>): Promise<CallResult<components["schemas"]["CancelScheduledEmailResult"], components["schemas"]["Error"]>>;
  /** Delete an endpoint */
  (path: "/endpoints/{id}", init: InitParams<operations["deleteEndpoint"]["parameters"], never>): Promise<CallResult<components["schemas"]["EndpointDeleteResult"], components["schemas"]["Error"]>>;
  /** Delete an email address */
  (path: "/email-addresses/{id}", init: InitParams<operations["deleteEmailAddress"]["parameters"], never>): Promise<CallResult<components["schemas"]["EmailAddressDeleteResult"], components["schemas"]["Error"]>>;
  /** Delete a domain */
  (path: "/domains/{id}", init: InitParams<operations["deleteDomain"]["parameters"], never>): Promise<CallResult<components["schemas"]["DomainDeleteResult"], components["schemas"]["Error"]>>;
}

export interface Put extends CallMethod<Calls["PUT"]> {
  /** Update an endpoint */
  (path: "/endpoints/{id}", init: InitParamsBody<operations["updateEndpoint"]["parameters"], components["schemas"]["EndpointUpdate"]>): Promise<CallResult<components["schemas"]["Endpoint"], components["schemas"]["Error"]>>;
  /** Update an email address */
  (path: "/email-addresses/{id}", init: InitParamsBody<operations["updateEmailAddress"]["parameters"], components["schemas"]["EmailAddressUpdate"]>): Promise<CallResult<components["schemas"]["EmailAddress"], components["schemas"]["Error"]>>;
  /** Configure the catch-all */
  (path: "/domains/{id}", init: InitParamsBody<operations["updateDomain"]["parameters"], components["schemas"]["DomainCatchAllUpdate"]>): Promise<CallResult<components["schemas"]["DomainCatchAllResult"], components["schemas"]["Error"]>>;
}

export interface Patch extends CallMethod<Calls["PATCH"]> {
  /** Set up MAIL FROM for a domain */
  (path: "/domains/{id}", init: InitParams<operations["upgradeDomainMailFrom"]["parameters"], never>): Promise<CallResult<components["schemas"]["DomainMailFromUpgradeResult"], components["schemas"]["Error"]>>;
  /** Verify domain authentication */
  (path: "/domains/{id}/auth", init: InitParams<operations["verifyDomainAuth"]["parameters"], never>): Promise<CallResult<components["schemas"]["DomainAuthVerifyResult"], components["schemas"]["Error"]>>;
  /** Mark a received email read or archived */
  (path: "/mail/{id}", init: InitParamsBody<operations["updateMail"]["parameters"], components["schemas"]["MailUpdate"]>): Promise<CallResult<components["schemas"]["MailUpdateResult"], components["schemas"]["Error"]>>;
}
