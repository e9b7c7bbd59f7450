// Generated from generated/lines/openapi.json by scripts/calls.ts (`npm run build`): every operation's arguments,
// success body and error body, and the client's typed methods (src/call-types.ts). Do not edit.
import type { components, operations } from './schema.ts';
import type { CallMethod, CallResult, InitBody, InitOptional, InitParams } from '../../src/call-types.ts';

/** Every operation by method and path: `args` of the call, `data` of a 2xx, `error` of a 4xx, 5xx or default response. */
export interface Calls {
  GET: {
    "/lines": { args: [init?: InitOptional<operations["listLines"]["parameters"], never>]; data: components["schemas"]["LineList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/chats": { args: [init: InitParams<operations["listChats"]["parameters"], never>]; data: components["schemas"]["ChatList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/messages": { args: [init: InitParams<operations["listMessages"]["parameters"], never>]; data: components["schemas"]["MessageList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/reactions": { args: [init: InitParams<operations["listReactions"]["parameters"], never>]; data: components["schemas"]["ReactionList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/typing": { args: [init: InitParams<operations["listTypingIndicators"]["parameters"], never>]; data: components["schemas"]["TypingIndicatorList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/receipts": { args: [init: InitParams<operations["listReadReceipts"]["parameters"], never>]; data: components["schemas"]["ReadReceiptList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/outbox": { args: [init: InitParams<operations["getOutboxItem"]["parameters"], never>]; data: components["schemas"]["OutboxItem"]; error: components["schemas"]["ErrorEnvelope"] };
    "/files": { args: [init: InitParams<operations["getFile"]["parameters"], never>]; data: never; error: components["schemas"]["ErrorEnvelope"] };
    "/webhooks": { args: [init: InitParams<operations["listWebhooks"]["parameters"], never>]; data: components["schemas"]["WebhookList"]; error: components["schemas"]["ErrorEnvelope"] };
    "/sandbox": { args: [init?: InitOptional<operations["getSandbox"]["parameters"], never>]; data: components["schemas"]["SandboxStatus"]; error: components["schemas"]["ErrorEnvelope"] };
  };
  POST: {
    "/messages": { args: [init: InitBody<operations["sendMessage"]["parameters"], components["schemas"]["SendMessageRequest"]>]; data: components["schemas"]["OutboxAck"]; error: components["schemas"]["ErrorEnvelope"] };
    "/audio-messages": { args: [init: InitBody<operations["sendAudioMessage"]["parameters"], components["schemas"]["SendAudioMessageRequest"]>]; data: components["schemas"]["OutboxAck"]; error: components["schemas"]["ErrorEnvelope"] };
    "/reactions": { args: [init: InitBody<operations["sendReaction"]["parameters"], components["schemas"]["SendReactionRequest"]>]; data: components["schemas"]["OutboxAck"]; error: components["schemas"]["ErrorEnvelope"] };
    "/typing": { args: [init: InitBody<operations["sendTypingIndicator"]["parameters"], components["schemas"]["SendTypingIndicatorRequest"]>]; data: components["schemas"]["OutboxAck"]; error: components["schemas"]["ErrorEnvelope"] };
    "/receipts": { args: [init: InitBody<operations["sendReadReceipt"]["parameters"], components["schemas"]["SendReadReceiptRequest"]>]; data: components["schemas"]["OutboxAck"]; error: components["schemas"]["ErrorEnvelope"] };
    "/files": { args: [init: InitBody<operations["uploadFile"]["parameters"], NonNullable<operations["uploadFile"]["requestBody"]>["content"]["*/*"]>]; data: components["schemas"]["File"]; error: components["schemas"]["ErrorEnvelope"] };
    "/webhooks": { args: [init: InitBody<operations["createWebhook"]["parameters"], components["schemas"]["CreateWebhookRequest"]>]; data: components["schemas"]["WebhookCreated"]; error: components["schemas"]["ErrorEnvelope"] };
    "/sandbox": { args: [init?: InitOptional<operations["createSandbox"]["parameters"], never>]; data: components["schemas"]["SandboxStatus"]; error: components["schemas"]["ErrorEnvelope"] };
  };
  DELETE: {
    "/webhooks": { args: [init: InitBody<operations["deleteWebhook"]["parameters"], components["schemas"]["DeleteWebhookRequest"]>]; data: components["schemas"]["DeletedWebhook"]; error: components["schemas"]["ErrorEnvelope"] };
  };
}

/** The typed methods: `client.GET` and its siblings. */
export interface Methods {
  GET: Get;
  PUT: CallMethod<{}>;
  POST: Post;
  DELETE: Delete;
  OPTIONS: CallMethod<{}>;
  HEAD: CallMethod<{}>;
  PATCH: CallMethod<{}>;
  TRACE: CallMethod<{}>;
}

/** The GET paths a call may name without an init. */
export type GetPathWithoutRequiredInit = "/lines" | "/sandbox";

export interface Get extends CallMethod<Calls["GET"]> {
  /** List lines */
  (path: "/lines", init?: InitOptional<operations["listLines"]["parameters"], never>): Promise<CallResult<components["schemas"]["LineList"], components["schemas"]["ErrorEnvelope"]>>;
  /** List chats */
  (path: "/chats", init: InitParams<operations["listChats"]["parameters"], never>): Promise<CallResult<components["schemas"]["ChatList"], components["schemas"]["ErrorEnvelope"]>>;
  /** List messages in a chat */
  (path: "/messages", init: InitParams<operations["listMessages"]["parameters"], never>): Promise<CallResult<components["schemas"]["MessageList"], components["schemas"]["ErrorEnvelope"]>>;
  /** List reactions on a message */
  (path: "/reactions", init: InitParams<operations["listReactions"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReactionList"], components["schemas"]["ErrorEnvelope"]>>;
  /** List typing indicators in a chat */
  (path: "/typing", init: InitParams<operations["listTypingIndicators"]["parameters"], never>): Promise<CallResult<components["schemas"]["TypingIndicatorList"], components["schemas"]["ErrorEnvelope"]>>;
  /** List read receipts in a chat */
  (path: "/receipts", init: InitParams<operations["listReadReceipts"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReadReceiptList"], components["schemas"]["ErrorEnvelope"]>>;
  /** Get an outbox item */
  (path: "/outbox", init: InitParams<operations["getOutboxItem"]["parameters"], never>): Promise<CallResult<components["schemas"]["OutboxItem"], components["schemas"]["ErrorEnvelope"]>>;
  /** Download a file */
  (path: "/files", init: InitParams<operations["getFile"]["parameters"], never>): Promise<CallResult<never, components["schemas"]["ErrorEnvelope"]>>;
  /** List webhooks */
  (path: "/webhooks", init: InitParams<operations["listWebhooks"]["parameters"], never>): Promise<CallResult<components["schemas"]["WebhookList"], components["schemas"]["ErrorEnvelope"]>>;
  /** Get the sandbox status */
  (path: "/sandbox", init?: InitOptional<operations["getSandbox"]["parameters"], never>): Promise<CallResult<components["schemas"]["SandboxStatus"], components["schemas"]["ErrorEnvelope"]>>;
  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */
  (path: GetPathWithoutRequiredInit): never;
}

/** The POST paths a call may name without an init. */
export type PostPathWithoutRequiredInit = "/sandbox";

export interface Post extends CallMethod<Calls["POST"]> {
  /** Send a message */
  (path: "/messages", init: InitBody<operations["sendMessage"]["parameters"], components["schemas"]["SendMessageRequest"]>): Promise<CallResult<components["schemas"]["OutboxAck"], components["schemas"]["ErrorEnvelope"]>>;
  /** Send an audio message */
  (path: "/audio-messages", init: InitBody<operations["sendAudioMessage"]["parameters"], components["schemas"]["SendAudioMessageRequest"]>): Promise<CallResult<components["schemas"]["OutboxAck"], components["schemas"]["ErrorEnvelope"]>>;
  /** Send a reaction */
  (path: "/reactions", init: InitBody<operations["sendReaction"]["parameters"], components["schemas"]["SendReactionRequest"]>): Promise<CallResult<components["schemas"]["OutboxAck"], components["schemas"]["ErrorEnvelope"]>>;
  /** Start or stop the typing indicator */
  (path: "/typing", init: InitBody<operations["sendTypingIndicator"]["parameters"], components["schemas"]["SendTypingIndicatorRequest"]>): Promise<CallResult<components["schemas"]["OutboxAck"], components["schemas"]["ErrorEnvelope"]>>;
  /** Mark a chat as read */
  (path: "/receipts", init: InitBody<operations["sendReadReceipt"]["parameters"], components["schemas"]["SendReadReceiptRequest"]>): Promise<CallResult<components["schemas"]["OutboxAck"], components["schemas"]["ErrorEnvelope"]>>;
  /** Upload a file */
  (path: "/files", init: InitBody<operations["uploadFile"]["parameters"], NonNullable<operations["uploadFile"]["requestBody"]>["content"]["*/*"]>): Promise<CallResult<components["schemas"]["File"], components["schemas"]["ErrorEnvelope"]>>;
  /** Create a webhook */
  (path: "/webhooks", init: InitBody<operations["createWebhook"]["parameters"], components["schemas"]["CreateWebhookRequest"]>): Promise<CallResult<components["schemas"]["WebhookCreated"], components["schemas"]["ErrorEnvelope"]>>;
  /** Create the sandbox */
  (path: "/sandbox", init?: InitOptional<operations["createSandbox"]["parameters"], never>): Promise<CallResult<components["schemas"]["SandboxStatus"], components["schemas"]["ErrorEnvelope"]>>;
  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */
  (path: PostPathWithoutRequiredInit): never;
}

export interface Delete extends CallMethod<Calls["DELETE"]> {
  /** Delete a webhook */
  (path: "/webhooks", init: InitBody<operations["deleteWebhook"]["parameters"], components["schemas"]["DeleteWebhookRequest"]>): Promise<CallResult<components["schemas"]["DeletedWebhook"], components["schemas"]["ErrorEnvelope"]>>;
}
