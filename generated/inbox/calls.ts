// Generated from generated/inbox/openapi.json by scripts/calls.ts (`npm run build`): every operation's arguments,
// success body and error body, and the client's typed methods (src/call-types.ts). Do not edit.
import type { components, operations } from './schema.ts';
import type { CallMethod, CallResult, InitBody, InitOptional, InitParams, InitParamsBody } from '../../src/call-types.ts';

/** Every operation by method and path: `args` of the call, `data` of a 2xx, `error` of a 4xx, 5xx or default response. */
export interface Calls {
  GET: {
    "/team": { args: [init?: InitOptional<operations["getTeam"]["parameters"], never>]; data: components["schemas"]["Team"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/threads": { args: [init?: InitOptional<operations["listThreads"]["parameters"], never>]; data: components["schemas"]["ThreadPage"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/lookup": { args: [init: InitParams<operations["lookupThread"]["parameters"], never>]; data: operations["lookupThread"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/lookup-by-username": { args: [init: InitParams<operations["listThreadsByUsername"]["parameters"], never>]; data: operations["listThreadsByUsername"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}": { args: [init: InitParams<operations["getThread"]["parameters"], never>]; data: components["schemas"]["Thread"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/threads/{threadId}/messages": { args: [init: InitParams<operations["listMessages"]["parameters"], never>]; data: components["schemas"]["MessagePage"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}/messages/{messageId}/history": { args: [init: InitParams<operations["getMessageHistory"]["parameters"], never>]; data: components["schemas"]["MessageHistory"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/account-links": { args: [init?: InitOptional<operations["listAccountLinks"]["parameters"], never>]; data: operations["listAccountLinks"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/members": { args: [init?: InitOptional<operations["listMembers"]["parameters"], never>]; data: operations["listMembers"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/members/{memberId}": { args: [init: InitParams<operations["getMember"]["parameters"], never>]; data: components["schemas"]["Member"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/prospects/{prospectId}": { args: [init: InitParams<operations["getProspect"]["parameters"], never>]; data: components["schemas"]["ProspectWithContext"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/prospects/lookup": { args: [init: InitParams<operations["lookupProspect"]["parameters"], never>]; data: operations["lookupProspect"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/tags": { args: [init?: InitOptional<operations["listTags"]["parameters"], never>]; data: operations["listTags"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/tags/{tagId}": { args: [init: InitParams<operations["getTag"]["parameters"], never>]; data: components["schemas"]["Tag"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/tags/colors": { args: [init?: InitOptional<operations["listTagColors"]["parameters"], never>]; data: operations["listTagColors"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/statuses": { args: [init?: InitOptional<operations["listStatuses"]["parameters"], never>]; data: operations["listStatuses"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/statuses/{statusId}": { args: [init: InitParams<operations["getStatus"]["parameters"], never>]; data: components["schemas"]["Status"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/statuses/colors": { args: [init?: InitOptional<operations["listStatusColors"]["parameters"], never>]; data: operations["listStatusColors"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/colors": { args: [init?: InitOptional<operations["listColors"]["parameters"], never>]; data: operations["listColors"]["responses"][200]["content"]["application/json"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/events": { args: [init?: InitOptional<operations["listEvents"]["parameters"], never>]; data: components["schemas"]["EventPage"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/campaigns/{campaignId}": { args: [init: InitParams<operations["getCampaign"]["parameters"], never>]; data: components["schemas"]["Campaign"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/lists/{listId}/import-jobs": { args: [init: InitParams<operations["listImportJobs"]["parameters"], never>]; data: components["schemas"]["ImportJobPage"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
  };
  POST: {
    "/threads": { args: [init: InitBody<operations["createThread"]["parameters"], components["schemas"]["ThreadCreate"]>]; data: components["schemas"]["Thread"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}/typing": { args: [init: InitParams<operations["sendTypingIndicator"]["parameters"], components["schemas"]["EmptyObject"]>]; data: components["schemas"]["TypingResult"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/threads/{threadId}/messages": { args: [init: InitParamsBody<operations["sendMessage"]["parameters"], components["schemas"]["MessageCreate"]>]; data: components["schemas"]["Message"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}/messages/{messageId}/reactions/reactions": { args: [init: InitParamsBody<operations["addMessageReaction"]["parameters"], components["schemas"]["MessageReaction"]>]; data: components["schemas"]["MessageReactionResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/messages": { args: [init: InitBody<operations["quickSendMessage"]["parameters"], components["schemas"]["QuickSendMessage"]>]; data: components["schemas"]["QuickSendResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/tags": { args: [init: InitBody<operations["createTag"]["parameters"], components["schemas"]["TagCreate"]>]; data: components["schemas"]["Tag"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/statuses": { args: [init: InitBody<operations["createStatus"]["parameters"], components["schemas"]["StatusCreate"]>]; data: components["schemas"]["Status"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/campaigns/v2/{campaignId}/enable": { args: [init: InitParams<operations["enableCampaign"]["parameters"], components["schemas"]["EmptyObject"]>]; data: components["schemas"]["CampaignV2"]; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/campaigns/v2/{campaignId}/leads": { args: [init: InitParamsBody<operations["addCampaignLeads"]["parameters"], components["schemas"]["CampaignLeadsAdd"]>]; data: components["schemas"]["CampaignLeadsAddResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/campaigns/v2/{campaignId}/leads/{identifier}/cancel": { args: [init: InitParams<operations["cancelCampaignLead"]["parameters"], components["schemas"]["CampaignLeadCancel"]>]; data: components["schemas"]["CampaignLeadCancelResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/lists/{listId}/leads": { args: [init: InitParamsBody<operations["addListLeads"]["parameters"], components["schemas"]["ListLeadsChange"]>]; data: components["schemas"]["ListLeadsAddResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/lists/{listId}/import-jobs": { args: [init: InitParamsBody<operations["createImportJob"]["parameters"], components["schemas"]["ImportJobCreate"]>]; data: components["schemas"]["ImportJob"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
  };
  DELETE: {
    "/threads/{threadId}": { args: [init: InitParams<operations["deleteThread"]["parameters"], components["schemas"]["EmptyObject"]>]; data: undefined; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/threads/{threadId}/messages/{messageId}": { args: [init: InitParams<operations["deleteMessage"]["parameters"], components["schemas"]["MessageDelete"]>]; data: components["schemas"]["MessageDeleteResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}/messages/{messageId}/reactions/reactions": { args: [init: InitParamsBody<operations["removeMessageReaction"]["parameters"], components["schemas"]["MessageReaction"]>]; data: components["schemas"]["MessageReactionResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/tags/{tagId}": { args: [init: InitParams<operations["deleteTag"]["parameters"], components["schemas"]["EmptyObject"]>]; data: undefined; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/statuses/{statusId}": { args: [init: InitParams<operations["deleteStatus"]["parameters"], components["schemas"]["EmptyObject"]>]; data: undefined; error: components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"] };
    "/lists/{listId}/leads": { args: [init: InitParamsBody<operations["removeListLeads"]["parameters"], components["schemas"]["ListLeadsChange"]>]; data: components["schemas"]["ListLeadsRemoveResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
  };
  PATCH: {
    "/threads/{threadId}": { args: [init: InitParams<operations["updateThread"]["parameters"], components["schemas"]["ThreadUpdate"]>]; data: components["schemas"]["Thread"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}/settings": { args: [init: InitParams<operations["updateThreadSettings"]["parameters"], components["schemas"]["ThreadSettingsUpdate"]>]; data: components["schemas"]["ThreadSettings"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/threads/{threadId}/messages/{messageId}": { args: [init: InitParamsBody<operations["editMessage"]["parameters"], components["schemas"]["MessageEdit"]>]; data: components["schemas"]["MessageEditResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/prospects/{prospectId}/context": { args: [init: InitParams<operations["updateProspectContext"]["parameters"], components["schemas"]["ProspectContextUpdate"]>]; data: components["schemas"]["ProspectWithContext"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/tags/{tagId}": { args: [init: InitParams<operations["updateTag"]["parameters"], components["schemas"]["TagUpdate"]>]; data: components["schemas"]["Tag"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/statuses/{statusId}": { args: [init: InitParams<operations["updateStatus"]["parameters"], components["schemas"]["StatusUpdate"]>]; data: components["schemas"]["Status"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
    "/lists/{listId}/leads/{platformId}": { args: [init: InitParamsBody<operations["updateListLead"]["parameters"], components["schemas"]["ListLeadUpdate"]>]; data: components["schemas"]["ListLeadUpdateResult"]; error: components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"] };
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
  PATCH: Patch;
  TRACE: CallMethod<{}>;
}

/** The GET paths a call may name without an init. */
export type GetPathWithoutRequiredInit = "/team" | "/threads" | "/account-links" | "/members" | "/tags" | "/tags/colors" | "/statuses" | "/statuses/colors" | "/colors" | "/events";

export interface Get extends CallMethod<Calls["GET"]> {
  /** Get the team of the API token */
  (path: "/team", init?: InitOptional<operations["getTeam"]["parameters"], never>): Promise<CallResult<components["schemas"]["Team"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List threads */
  (path: "/threads", init?: InitOptional<operations["listThreads"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadPage"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Look up a thread by account link and prospect */
  (path: "/threads/lookup", init: InitParams<operations["lookupThread"]["parameters"], never>): Promise<CallResult<operations["lookupThread"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Look up threads by X username */
  (path: "/threads/lookup-by-username", init: InitParams<operations["listThreadsByUsername"]["parameters"], never>): Promise<CallResult<operations["listThreadsByUsername"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Get a thread */
  (path: "/threads/{threadId}", init: InitParams<operations["getThread"]["parameters"], never>): Promise<CallResult<components["schemas"]["Thread"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List messages of a thread */
  (path: "/threads/{threadId}/messages", init: InitParams<operations["listMessages"]["parameters"], never>): Promise<CallResult<components["schemas"]["MessagePage"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Get the edit history of a message */
  (path: "/threads/{threadId}/messages/{messageId}/history", init: InitParams<operations["getMessageHistory"]["parameters"], never>): Promise<CallResult<components["schemas"]["MessageHistory"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List account links */
  (path: "/account-links", init?: InitOptional<operations["listAccountLinks"]["parameters"], never>): Promise<CallResult<operations["listAccountLinks"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List members */
  (path: "/members", init?: InitOptional<operations["listMembers"]["parameters"], never>): Promise<CallResult<operations["listMembers"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Get a member */
  (path: "/members/{memberId}", init: InitParams<operations["getMember"]["parameters"], never>): Promise<CallResult<components["schemas"]["Member"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Get a prospect */
  (path: "/prospects/{prospectId}", init: InitParams<operations["getProspect"]["parameters"], never>): Promise<CallResult<components["schemas"]["ProspectWithContext"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Look up a prospect by X user ID */
  (path: "/prospects/lookup", init: InitParams<operations["lookupProspect"]["parameters"], never>): Promise<CallResult<operations["lookupProspect"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** List tags */
  (path: "/tags", init?: InitOptional<operations["listTags"]["parameters"], never>): Promise<CallResult<operations["listTags"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Get a tag */
  (path: "/tags/{tagId}", init: InitParams<operations["getTag"]["parameters"], never>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List tag colors */
  (path: "/tags/colors", init?: InitOptional<operations["listTagColors"]["parameters"], never>): Promise<CallResult<operations["listTagColors"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List statuses */
  (path: "/statuses", init?: InitOptional<operations["listStatuses"]["parameters"], never>): Promise<CallResult<operations["listStatuses"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Get a status */
  (path: "/statuses/{statusId}", init: InitParams<operations["getStatus"]["parameters"], never>): Promise<CallResult<components["schemas"]["Status"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List status colors */
  (path: "/statuses/colors", init?: InitOptional<operations["listStatusColors"]["parameters"], never>): Promise<CallResult<operations["listStatusColors"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List colors */
  (path: "/colors", init?: InitOptional<operations["listColors"]["parameters"], never>): Promise<CallResult<operations["listColors"]["responses"][200]["content"]["application/json"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List events */
  (path: "/events", init?: InitOptional<operations["listEvents"]["parameters"], never>): Promise<CallResult<components["schemas"]["EventPage"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Get a campaign (docs pages only) */
  (path: "/campaigns/{campaignId}", init: InitParams<operations["getCampaign"]["parameters"], never>): Promise<CallResult<components["schemas"]["Campaign"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** List import jobs of a list (docs pages only) */
  (path: "/lists/{listId}/import-jobs", init: InitParams<operations["listImportJobs"]["parameters"], never>): Promise<CallResult<components["schemas"]["ImportJobPage"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */
  (path: GetPathWithoutRequiredInit): never;
}

export interface Post extends CallMethod<Calls["POST"]> {
  /** Create a thread */
  (path: "/threads", init: InitBody<operations["createThread"]["parameters"], components["schemas"]["ThreadCreate"]>): Promise<CallResult<components["schemas"]["Thread"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Send a typing indicator */
  (path: "/threads/{threadId}/typing", init: InitParams<operations["sendTypingIndicator"]["parameters"], components["schemas"]["EmptyObject"]>): Promise<CallResult<components["schemas"]["TypingResult"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Send a message in a thread */
  (path: "/threads/{threadId}/messages", init: InitParamsBody<operations["sendMessage"]["parameters"], components["schemas"]["MessageCreate"]>): Promise<CallResult<components["schemas"]["Message"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Add a reaction to a message */
  (path: "/threads/{threadId}/messages/{messageId}/reactions/reactions", init: InitParamsBody<operations["addMessageReaction"]["parameters"], components["schemas"]["MessageReaction"]>): Promise<CallResult<components["schemas"]["MessageReactionResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Quick-send a message to a prospect */
  (path: "/threads/messages", init: InitBody<operations["quickSendMessage"]["parameters"], components["schemas"]["QuickSendMessage"]>): Promise<CallResult<components["schemas"]["QuickSendResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Create a tag */
  (path: "/tags", init: InitBody<operations["createTag"]["parameters"], components["schemas"]["TagCreate"]>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Create a status */
  (path: "/statuses", init: InitBody<operations["createStatus"]["parameters"], components["schemas"]["StatusCreate"]>): Promise<CallResult<components["schemas"]["Status"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Enable a v2 campaign (docs pages only) */
  (path: "/campaigns/v2/{campaignId}/enable", init: InitParams<operations["enableCampaign"]["parameters"], components["schemas"]["EmptyObject"]>): Promise<CallResult<components["schemas"]["CampaignV2"], components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Add leads to a v2 campaign (docs pages only) */
  (path: "/campaigns/v2/{campaignId}/leads", init: InitParamsBody<operations["addCampaignLeads"]["parameters"], components["schemas"]["CampaignLeadsAdd"]>): Promise<CallResult<components["schemas"]["CampaignLeadsAddResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Cancel a lead of a v2 campaign (docs pages only) */
  (path: "/campaigns/v2/{campaignId}/leads/{identifier}/cancel", init: InitParams<operations["cancelCampaignLead"]["parameters"], components["schemas"]["CampaignLeadCancel"]>): Promise<CallResult<components["schemas"]["CampaignLeadCancelResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Add leads to a list (docs pages only) */
  (path: "/lists/{listId}/leads", init: InitParamsBody<operations["addListLeads"]["parameters"], components["schemas"]["ListLeadsChange"]>): Promise<CallResult<components["schemas"]["ListLeadsAddResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Create an import job (docs pages only) */
  (path: "/lists/{listId}/import-jobs", init: InitParamsBody<operations["createImportJob"]["parameters"], components["schemas"]["ImportJobCreate"]>): Promise<CallResult<components["schemas"]["ImportJob"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
}

export interface Delete extends CallMethod<Calls["DELETE"]> {
  /** Delete a thread */
  (path: "/threads/{threadId}", init: InitParams<operations["deleteThread"]["parameters"], components["schemas"]["EmptyObject"]>): Promise<CallResult<undefined, components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Delete a message */
  (path: "/threads/{threadId}/messages/{messageId}", init: InitParams<operations["deleteMessage"]["parameters"], components["schemas"]["MessageDelete"]>): Promise<CallResult<components["schemas"]["MessageDeleteResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Remove a reaction from a message */
  (path: "/threads/{threadId}/messages/{messageId}/reactions/reactions", init: InitParamsBody<operations["removeMessageReaction"]["parameters"], components["schemas"]["MessageReaction"]>): Promise<CallResult<components["schemas"]["MessageReactionResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Delete a tag */
  (path: "/tags/{tagId}", init: InitParams<operations["deleteTag"]["parameters"], components["schemas"]["EmptyObject"]>): Promise<CallResult<undefined, components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Delete a status */
  (path: "/statuses/{statusId}", init: InitParams<operations["deleteStatus"]["parameters"], components["schemas"]["EmptyObject"]>): Promise<CallResult<undefined, components["schemas"]["InboxAuthError"] | components["schemas"]["InboxError"]>>;
  /** Remove leads from a list (docs pages only) */
  (path: "/lists/{listId}/leads", init: InitParamsBody<operations["removeListLeads"]["parameters"], components["schemas"]["ListLeadsChange"]>): Promise<CallResult<components["schemas"]["ListLeadsRemoveResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
}

export interface Patch extends CallMethod<Calls["PATCH"]> {
  /** Update a thread */
  (path: "/threads/{threadId}", init: InitParams<operations["updateThread"]["parameters"], components["schemas"]["ThreadUpdate"]>): Promise<CallResult<components["schemas"]["Thread"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Update thread settings */
  (path: "/threads/{threadId}/settings", init: InitParams<operations["updateThreadSettings"]["parameters"], components["schemas"]["ThreadSettingsUpdate"]>): Promise<CallResult<components["schemas"]["ThreadSettings"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Edit a message */
  (path: "/threads/{threadId}/messages/{messageId}", init: InitParamsBody<operations["editMessage"]["parameters"], components["schemas"]["MessageEdit"]>): Promise<CallResult<components["schemas"]["MessageEditResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Update a prospect's context */
  (path: "/prospects/{prospectId}/context", init: InitParams<operations["updateProspectContext"]["parameters"], components["schemas"]["ProspectContextUpdate"]>): Promise<CallResult<components["schemas"]["ProspectWithContext"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Update a tag */
  (path: "/tags/{tagId}", init: InitParams<operations["updateTag"]["parameters"], components["schemas"]["TagUpdate"]>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Update a status */
  (path: "/statuses/{statusId}", init: InitParams<operations["updateStatus"]["parameters"], components["schemas"]["StatusUpdate"]>): Promise<CallResult<components["schemas"]["Status"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
  /** Update a lead of a list (docs pages only) */
  (path: "/lists/{listId}/leads/{platformId}", init: InitParamsBody<operations["updateListLead"]["parameters"], components["schemas"]["ListLeadUpdate"]>): Promise<CallResult<components["schemas"]["ListLeadUpdateResult"], components["schemas"]["InboxError"] | components["schemas"]["InboxAuthError"]>>;
}
