// Generated from generated/inbox-v2/openapi.json by scripts/calls.ts (`npm run build`): every operation's arguments,
// success body and error body, and the client's typed methods (src/call-types.ts). Do not edit.
import type { components, operations } from './schema.ts';
import type { CallMethod, CallResult, InitBody, InitOptional, InitParams, InitParamsBody } from '../../src/call-types.ts';

/** Every operation by method and path: `args` of the call, `data` of a 2xx, `error` of a 4xx, 5xx or default response. */
export interface Calls {
  GET: {
    "/platforms": { args: [init?: InitOptional<operations["listPlatforms"]["parameters"], never>]; data: operations["listPlatforms"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxV2Error"] };
    "/team": { args: [init?: InitOptional<operations["getTeam"]["parameters"], never>]; data: components["schemas"]["Team"]; error: components["schemas"]["InboxV2Error"] };
    "/members": { args: [init?: InitOptional<operations["listMembers"]["parameters"], never>]; data: components["schemas"]["MemberPage"]; error: components["schemas"]["InboxV2Error"] };
    "/members/{memberId}": { args: [init: InitParams<operations["getMember"]["parameters"], never>]; data: components["schemas"]["Member"]; error: components["schemas"]["InboxV2Error"] };
    "/account-links": { args: [init?: InitOptional<operations["listAccountLinks"]["parameters"], never>]; data: components["schemas"]["AccountLinkPage"]; error: components["schemas"]["InboxV2Error"] };
    "/account-links/{accountLinkId}": { args: [init: InitParams<operations["getAccountLink"]["parameters"], never>]; data: components["schemas"]["AccountLink"]; error: components["schemas"]["InboxV2Error"] };
    "/contacts": { args: [init: InitParams<operations["listContacts"]["parameters"], never>]; data: components["schemas"]["ContactPage"]; error: components["schemas"]["InboxV2Error"] };
    "/contacts/{contactId}": { args: [init: InitParams<operations["getContact"]["parameters"], never>]; data: components["schemas"]["Contact"]; error: components["schemas"]["InboxV2Error"] };
    "/threads": { args: [init?: InitOptional<operations["listThreads"]["parameters"], never>]; data: components["schemas"]["ThreadPage"]; error: components["schemas"]["InboxV2Error"] };
    "/threads/{threadId}": { args: [init: InitParams<operations["getThread"]["parameters"], never>]; data: components["schemas"]["Thread"]; error: components["schemas"]["InboxV2Error"] };
    "/threads/{threadId}/messages": { args: [init: InitParams<operations["listMessages"]["parameters"], never>]; data: components["schemas"]["MessagePage"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}": { args: [init: InitParams<operations["getMessage"]["parameters"], never>]; data: components["schemas"]["Message"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}/history": { args: [init: InitParams<operations["getMessageHistory"]["parameters"], never>]; data: components["schemas"]["MessageHistory"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}/attachments/{index}": { args: [init: InitParams<operations["getAttachment"]["parameters"], never>]; data: components["schemas"]["AttachmentMedia"]; error: components["schemas"]["InboxV2Error"] };
    "/tags": { args: [init?: InitOptional<operations["listTags"]["parameters"], never>]; data: components["schemas"]["TagPage"]; error: components["schemas"]["InboxV2Error"] };
    "/tags/{tagRef}": { args: [init: InitParams<operations["getTag"]["parameters"], never>]; data: components["schemas"]["Tag"]; error: components["schemas"]["InboxV2Error"] };
    "/statuses": { args: [init?: InitOptional<operations["listStatuses"]["parameters"], never>]; data: components["schemas"]["StatusPage"]; error: components["schemas"]["InboxV2Error"] };
    "/statuses/{statusRef}": { args: [init: InitParams<operations["getStatus"]["parameters"], never>]; data: components["schemas"]["Status"]; error: components["schemas"]["InboxV2Error"] };
    "/colors": { args: [init?: InitOptional<operations["listColors"]["parameters"], never>]; data: operations["listColors"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxV2Error"] };
    "/events": { args: [init?: InitOptional<operations["listEvents"]["parameters"], never>]; data: components["schemas"]["EventPage"]; error: components["schemas"]["InboxV2Error"] };
  };
  PATCH: {
    "/contacts/{contactId}": { args: [init: InitParamsBody<operations["updateContact"]["parameters"], components["schemas"]["ContactUpdate"]>]; data: components["schemas"]["Contact"]; error: components["schemas"]["InboxV2Error"] };
    "/threads/{threadId}": { args: [init: InitParamsBody<operations["updateThread"]["parameters"], components["schemas"]["ThreadUpdate"]>]; data: components["schemas"]["Thread"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}": { args: [init: InitParamsBody<operations["editMessage"]["parameters"], components["schemas"]["MessageEdit"]>]; data: components["schemas"]["Message"]; error: components["schemas"]["InboxV2Error"] };
    "/tags/{tagRef}": { args: [init: InitParamsBody<operations["updateTag"]["parameters"], components["schemas"]["TagUpdate"]>]; data: components["schemas"]["Tag"]; error: components["schemas"]["InboxV2Error"] };
    "/statuses/{statusRef}": { args: [init: InitParamsBody<operations["updateStatus"]["parameters"], components["schemas"]["StatusUpdate"]>]; data: components["schemas"]["Status"]; error: components["schemas"]["InboxV2Error"] };
  };
  PUT: {
    "/contacts/{contactId}/tags/{tagRef}": { args: [init: InitParams<operations["addContactTag"]["parameters"], never>]; data: undefined; error: components["schemas"]["InboxV2Error"] };
  };
  DELETE: {
    "/contacts/{contactId}/tags/{tagRef}": { args: [init: InitParams<operations["removeContactTag"]["parameters"], never>]; data: undefined; error: components["schemas"]["InboxV2Error"] };
    "/threads/{threadId}": { args: [init: InitParams<operations["deleteThread"]["parameters"], never>]; data: components["schemas"]["ThreadDeletion"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}": { args: [init: InitParams<operations["deleteMessage"]["parameters"], never>]; data: components["schemas"]["MessageDeletion"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}/reactions": { args: [init: InitParams<operations["removeReaction"]["parameters"], never>]; data: components["schemas"]["Reactions"]; error: components["schemas"]["InboxV2Error"] };
    "/tags/{tagRef}": { args: [init: InitParams<operations["deleteTag"]["parameters"], never>]; data: undefined; error: components["schemas"]["InboxV2Error"] };
    "/statuses/{statusRef}": { args: [init: InitParams<operations["deleteStatus"]["parameters"], never>]; data: undefined; error: components["schemas"]["InboxV2Error"] };
  };
  POST: {
    "/threads/{threadId}/typing": { args: [init: InitParams<operations["sendTypingIndicator"]["parameters"], never>]; data: components["schemas"]["TypingSignal"]; error: components["schemas"]["InboxV2Error"] };
    "/messages": { args: [init: InitBody<operations["sendMessage"]["parameters"], components["schemas"]["SendMessageRequest"]>]; data: components["schemas"]["SendResult"]; error: components["schemas"]["InboxV2Error"] };
    "/messages/{messageId}/reactions": { args: [init: InitParamsBody<operations["addReaction"]["parameters"], components["schemas"]["ReactionRequest"]>]; data: components["schemas"]["Reactions"]; error: components["schemas"]["InboxV2Error"] };
    "/tags": { args: [init: InitBody<operations["createTag"]["parameters"], components["schemas"]["TagCreate"]>]; data: components["schemas"]["Tag"]; error: components["schemas"]["InboxV2Error"] };
    "/statuses": { args: [init: InitBody<operations["createStatus"]["parameters"], components["schemas"]["StatusCreate"]>]; data: components["schemas"]["Status"]; error: components["schemas"]["InboxV2Error"] };
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

/** The GET paths a call may name without an init. */
export type GetPathWithoutRequiredInit = "/platforms" | "/team" | "/members" | "/account-links" | "/threads" | "/tags" | "/statuses" | "/colors" | "/events";

export interface Get extends CallMethod<Calls["GET"]> {
  /** List platforms */
  (path: "/platforms", init?: InitOptional<operations["listPlatforms"]["parameters"], never>): Promise<CallResult<operations["listPlatforms"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxV2Error"]>>;
  /** Get the team */
  (path: "/team", init?: InitOptional<operations["getTeam"]["parameters"], never>): Promise<CallResult<components["schemas"]["Team"], components["schemas"]["InboxV2Error"]>>;
  /** List members */
  (path: "/members", init?: InitOptional<operations["listMembers"]["parameters"], never>): Promise<CallResult<components["schemas"]["MemberPage"], components["schemas"]["InboxV2Error"]>>;
  /** Get a member */
  (path: "/members/{memberId}", init: InitParams<operations["getMember"]["parameters"], never>): Promise<CallResult<components["schemas"]["Member"], components["schemas"]["InboxV2Error"]>>;
  /** List account links */
  (path: "/account-links", init?: InitOptional<operations["listAccountLinks"]["parameters"], never>): Promise<CallResult<components["schemas"]["AccountLinkPage"], components["schemas"]["InboxV2Error"]>>;
  /** Get an account link */
  (path: "/account-links/{accountLinkId}", init: InitParams<operations["getAccountLink"]["parameters"], never>): Promise<CallResult<components["schemas"]["AccountLink"], components["schemas"]["InboxV2Error"]>>;
  /** Find contacts */
  (path: "/contacts", init: InitParams<operations["listContacts"]["parameters"], never>): Promise<CallResult<components["schemas"]["ContactPage"], components["schemas"]["InboxV2Error"]>>;
  /** Get a contact */
  (path: "/contacts/{contactId}", init: InitParams<operations["getContact"]["parameters"], never>): Promise<CallResult<components["schemas"]["Contact"], components["schemas"]["InboxV2Error"]>>;
  /** List threads */
  (path: "/threads", init?: InitOptional<operations["listThreads"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadPage"], components["schemas"]["InboxV2Error"]>>;
  /** Get a thread */
  (path: "/threads/{threadId}", init: InitParams<operations["getThread"]["parameters"], never>): Promise<CallResult<components["schemas"]["Thread"], components["schemas"]["InboxV2Error"]>>;
  /** List a thread's messages */
  (path: "/threads/{threadId}/messages", init: InitParams<operations["listMessages"]["parameters"], never>): Promise<CallResult<components["schemas"]["MessagePage"], components["schemas"]["InboxV2Error"]>>;
  /** Get a message */
  (path: "/messages/{messageId}", init: InitParams<operations["getMessage"]["parameters"], never>): Promise<CallResult<components["schemas"]["Message"], components["schemas"]["InboxV2Error"]>>;
  /** Get a message's history */
  (path: "/messages/{messageId}/history", init: InitParams<operations["getMessageHistory"]["parameters"], never>): Promise<CallResult<components["schemas"]["MessageHistory"], components["schemas"]["InboxV2Error"]>>;
  /** Get a message attachment */
  (path: "/messages/{messageId}/attachments/{index}", init: InitParams<operations["getAttachment"]["parameters"], never>): Promise<CallResult<components["schemas"]["AttachmentMedia"], components["schemas"]["InboxV2Error"]>>;
  /** List tags */
  (path: "/tags", init?: InitOptional<operations["listTags"]["parameters"], never>): Promise<CallResult<components["schemas"]["TagPage"], components["schemas"]["InboxV2Error"]>>;
  /** Get a tag */
  (path: "/tags/{tagRef}", init: InitParams<operations["getTag"]["parameters"], never>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["InboxV2Error"]>>;
  /** List statuses */
  (path: "/statuses", init?: InitOptional<operations["listStatuses"]["parameters"], never>): Promise<CallResult<components["schemas"]["StatusPage"], components["schemas"]["InboxV2Error"]>>;
  /** Get a status */
  (path: "/statuses/{statusRef}", init: InitParams<operations["getStatus"]["parameters"], never>): Promise<CallResult<components["schemas"]["Status"], components["schemas"]["InboxV2Error"]>>;
  /** List colors */
  (path: "/colors", init?: InitOptional<operations["listColors"]["parameters"], never>): Promise<CallResult<operations["listColors"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxV2Error"]>>;
  /** List events */
  (path: "/events", init?: InitOptional<operations["listEvents"]["parameters"], never>): Promise<CallResult<components["schemas"]["EventPage"], components["schemas"]["InboxV2Error"]>>;
  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */
  (path: GetPathWithoutRequiredInit): never;
}

export interface Patch extends CallMethod<Calls["PATCH"]> {
  /** Update a contact */
  (path: "/contacts/{contactId}", init: InitParamsBody<operations["updateContact"]["parameters"], components["schemas"]["ContactUpdate"]>): Promise<CallResult<components["schemas"]["Contact"], components["schemas"]["InboxV2Error"]>>;
  /** Update a thread */
  (path: "/threads/{threadId}", init: InitParamsBody<operations["updateThread"]["parameters"], components["schemas"]["ThreadUpdate"]>): Promise<CallResult<components["schemas"]["Thread"], components["schemas"]["InboxV2Error"]>>;
  /** Edit a message */
  (path: "/messages/{messageId}", init: InitParamsBody<operations["editMessage"]["parameters"], components["schemas"]["MessageEdit"]>): Promise<CallResult<components["schemas"]["Message"], components["schemas"]["InboxV2Error"]>>;
  /** Update a tag */
  (path: "/tags/{tagRef}", init: InitParamsBody<operations["updateTag"]["parameters"], components["schemas"]["TagUpdate"]>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["InboxV2Error"]>>;
  /** Update a status */
  (path: "/statuses/{statusRef}", init: InitParamsBody<operations["updateStatus"]["parameters"], components["schemas"]["StatusUpdate"]>): Promise<CallResult<components["schemas"]["Status"], components["schemas"]["InboxV2Error"]>>;
}

export interface Put extends CallMethod<Calls["PUT"]> {
  /** Add a tag to a contact */
  (path: "/contacts/{contactId}/tags/{tagRef}", init: InitParams<operations["addContactTag"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["InboxV2Error"]>>;
}

export interface Delete extends CallMethod<Calls["DELETE"]> {
  /** Remove a tag from a contact */
  (path: "/contacts/{contactId}/tags/{tagRef}", init: InitParams<operations["removeContactTag"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["InboxV2Error"]>>;
  /** Delete a thread */
  (path: "/threads/{threadId}", init: InitParams<operations["deleteThread"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadDeletion"], components["schemas"]["InboxV2Error"]>>;
  /** Delete or unsend a message */
  (path: "/messages/{messageId}", init: InitParams<operations["deleteMessage"]["parameters"], never>): Promise<CallResult<components["schemas"]["MessageDeletion"], components["schemas"]["InboxV2Error"]>>;
  /** Remove a reaction */
  (path: "/messages/{messageId}/reactions", init: InitParams<operations["removeReaction"]["parameters"], never>): Promise<CallResult<components["schemas"]["Reactions"], components["schemas"]["InboxV2Error"]>>;
  /** Delete a tag */
  (path: "/tags/{tagRef}", init: InitParams<operations["deleteTag"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["InboxV2Error"]>>;
  /** Delete a status */
  (path: "/statuses/{statusRef}", init: InitParams<operations["deleteStatus"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["InboxV2Error"]>>;
}

export interface Post extends CallMethod<Calls["POST"]> {
  /** Send a typing indicator */
  (path: "/threads/{threadId}/typing", init: InitParams<operations["sendTypingIndicator"]["parameters"], never>): Promise<CallResult<components["schemas"]["TypingSignal"], components["schemas"]["InboxV2Error"]>>;
  /** Send a message */
  (path: "/messages", init: InitBody<operations["sendMessage"]["parameters"], components["schemas"]["SendMessageRequest"]>): Promise<CallResult<components["schemas"]["SendResult"], components["schemas"]["InboxV2Error"]>>;
  /** React to a message */
  (path: "/messages/{messageId}/reactions", init: InitParamsBody<operations["addReaction"]["parameters"], components["schemas"]["ReactionRequest"]>): Promise<CallResult<components["schemas"]["Reactions"], components["schemas"]["InboxV2Error"]>>;
  /** Create a tag */
  (path: "/tags", init: InitBody<operations["createTag"]["parameters"], components["schemas"]["TagCreate"]>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["InboxV2Error"]>>;
  /** Create a status */
  (path: "/statuses", init: InitBody<operations["createStatus"]["parameters"], components["schemas"]["StatusCreate"]>): Promise<CallResult<components["schemas"]["Status"], components["schemas"]["InboxV2Error"]>>;
}
