// Generated from generated/helpscout/openapi.json by scripts/calls.ts (`npm run build`): every operation's arguments,
// success body and error body, and the client's typed methods (src/call-types.ts). Do not edit.
import type { components, operations } from './schema.ts';
import type { CallMethod, CallResult, InitBody, InitOptional, InitParams, InitParamsBody } from '../../src/call-types.ts';

/** Every operation by method and path: `args` of the call, `data` of a 2xx, `error` of a 4xx, 5xx or default response. */
export interface Calls {
  POST: {
    "/v2/oauth2/token": { args: [init: InitBody<operations["createToken"]["parameters"], components["schemas"]["TokenRequest"]>]; data: components["schemas"]["Token"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations": { args: [init: InitBody<operations["createConversation"]["parameters"], components["schemas"]["ConversationCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/reply": { args: [init: InitParamsBody<operations["createReply"]["parameters"], components["schemas"]["ReplyCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/notes": { args: [init: InitParamsBody<operations["createNote"]["parameters"], components["schemas"]["NoteCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/customer": { args: [init: InitParamsBody<operations["createCustomerThread"]["parameters"], components["schemas"]["CustomerThreadCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/phones": { args: [init: InitParamsBody<operations["createPhoneThread"]["parameters"], components["schemas"]["PhoneThreadCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/chats": { args: [init: InitParamsBody<operations["createChatThread"]["parameters"], components["schemas"]["ChatThreadCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads/{threadId}/attachments": { args: [init: InitParamsBody<operations["createAttachment"]["parameters"], components["schemas"]["AttachmentCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers": { args: [init: InitBody<operations["createCustomer"]["parameters"], components["schemas"]["CustomerCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/address": { args: [init: InitParamsBody<operations["createCustomerAddress"]["parameters"], components["schemas"]["CustomerAddressWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/chats": { args: [init: InitParamsBody<operations["createCustomerChat"]["parameters"], components["schemas"]["CustomerChatWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/emails": { args: [init: InitParamsBody<operations["createCustomerEmail"]["parameters"], components["schemas"]["CustomerEmailWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/phones": { args: [init: InitParamsBody<operations["createCustomerPhone"]["parameters"], components["schemas"]["CustomerPhoneWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/social-profiles": { args: [init: InitParamsBody<operations["createCustomerSocialProfile"]["parameters"], components["schemas"]["CustomerSocialProfileWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/websites": { args: [init: InitParamsBody<operations["createCustomerWebsite"]["parameters"], components["schemas"]["CustomerWebsiteWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customer-properties": { args: [init: InitBody<operations["createCustomerPropertyDefinition"]["parameters"], components["schemas"]["CustomerPropertyDefinitionCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations": { args: [init: InitBody<operations["createOrganization"]["parameters"], components["schemas"]["OrganizationWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/properties": { args: [init: InitBody<operations["createOrganizationPropertyDefinition"]["parameters"], components["schemas"]["OrganizationPropertyDefinitionCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/saved-replies": { args: [init: InitParamsBody<operations["createSavedReply"]["parameters"], components["schemas"]["SavedReplyWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/users": { args: [init: InitBody<operations["createUser"]["parameters"], components["schemas"]["UserCreate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/webhooks": { args: [init: InitBody<operations["createWebhook"]["parameters"], components["schemas"]["WebhookWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/workflows/{workflowId}/run": { args: [init: InitParamsBody<operations["runWorkflow"]["parameters"], components["schemas"]["WorkflowRun"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
  };
  GET: {
    "/v2/conversations": { args: [init?: InitOptional<operations["listConversations"]["parameters"], never>]; data: components["schemas"]["ConversationList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}": { args: [init: InitParams<operations["getConversation"]["parameters"], never>]; data: components["schemas"]["Conversation"]; error: components["schemas"]["HelpScoutError"] };
    "/v3/conversations/{conversationId}": { args: [init: InitParams<operations["getConversationV3"]["parameters"], never>]; data: components["schemas"]["Conversation"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads": { args: [init: InitParams<operations["listThreads"]["parameters"], never>]; data: components["schemas"]["ThreadList"]; error: components["schemas"]["HelpScoutError"] };
    "/v3/conversations/{conversationId}/threads": { args: [init: InitParams<operations["listThreadsV3"]["parameters"], never>]; data: components["schemas"]["ThreadList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads/{threadId}/original-source": { args: [init: InitParams<operations["getThreadOriginalSource"]["parameters"], never>]; data: components["schemas"]["OriginalSource"] | operations["getThreadOriginalSource"]["responses"][200]["content"]["message/rfc822"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/attachments/{attachmentId}/data": { args: [init: InitParams<operations["getAttachmentData"]["parameters"], never>]; data: components["schemas"]["AttachmentData"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/attachments/{attachmentId}/file": { args: [init: InitParams<operations["getAttachmentFile"]["parameters"], never>]; data: operations["getAttachmentFile"]["responses"][200]["content"]["*/*"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers": { args: [init?: InitOptional<operations["listCustomers"]["parameters"], never>]; data: components["schemas"]["CustomerList"]; error: components["schemas"]["HelpScoutError"] };
    "/v3/customers": { args: [init?: InitOptional<operations["listCustomersV3"]["parameters"], never>]; data: components["schemas"]["CustomerListV3"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}": { args: [init: InitParams<operations["getCustomer"]["parameters"], never>]; data: components["schemas"]["Customer"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/address": { args: [init: InitParams<operations["getCustomerAddress"]["parameters"], never>]; data: components["schemas"]["CustomerAddress"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/chats": { args: [init: InitParams<operations["listCustomerChats"]["parameters"], never>]; data: components["schemas"]["CustomerChatList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/emails": { args: [init: InitParams<operations["listCustomerEmails"]["parameters"], never>]; data: components["schemas"]["CustomerEmailList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/phones": { args: [init: InitParams<operations["listCustomerPhones"]["parameters"], never>]; data: components["schemas"]["CustomerPhoneList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/social-profiles": { args: [init: InitParams<operations["listCustomerSocialProfiles"]["parameters"], never>]; data: components["schemas"]["CustomerSocialProfileList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/websites": { args: [init: InitParams<operations["listCustomerWebsites"]["parameters"], never>]; data: components["schemas"]["CustomerWebsiteList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/customer-properties": { args: [init?: InitOptional<operations["listCustomerPropertyDefinitions"]["parameters"], never>]; data: components["schemas"]["CustomerPropertyDefinitionList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations": { args: [init?: InitOptional<operations["listOrganizations"]["parameters"], never>]; data: components["schemas"]["OrganizationList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}": { args: [init: InitParams<operations["getOrganization"]["parameters"], never>]; data: components["schemas"]["Organization"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}/conversations": { args: [init: InitParams<operations["listOrganizationConversations"]["parameters"], never>]; data: components["schemas"]["ConversationList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}/customers": { args: [init: InitParams<operations["listOrganizationCustomers"]["parameters"], never>]; data: components["schemas"]["CustomerList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/properties": { args: [init?: InitOptional<operations["listOrganizationPropertyDefinitions"]["parameters"], never>]; data: components["schemas"]["OrganizationPropertyDefinitionList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/properties/{slug}": { args: [init: InitParams<operations["getOrganizationPropertyDefinition"]["parameters"], never>]; data: components["schemas"]["OrganizationPropertyDefinition"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/tags": { args: [init?: InitOptional<operations["listTags"]["parameters"], never>]; data: components["schemas"]["TagList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/tags/{tagId}": { args: [init: InitParams<operations["getTag"]["parameters"], never>]; data: components["schemas"]["Tag"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes": { args: [init?: InitOptional<operations["listMailboxes"]["parameters"], never>]; data: components["schemas"]["MailboxList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}": { args: [init: InitParams<operations["getMailbox"]["parameters"], never>]; data: components["schemas"]["Mailbox"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/fields": { args: [init: InitParams<operations["listMailboxCustomFields"]["parameters"], never>]; data: components["schemas"]["MailboxCustomFieldList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/folders": { args: [init: InitParams<operations["listMailboxFolders"]["parameters"], never>]; data: components["schemas"]["MailboxFolderList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/routing": { args: [init: InitParams<operations["getMailboxRouting"]["parameters"], never>]; data: components["schemas"]["MailboxRouting"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/saved-replies": { args: [init: InitParams<operations["listSavedReplies"]["parameters"], never>]; data: operations["listSavedReplies"]["responses"][200]["content"]["application/hal+json"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}": { args: [init: InitParams<operations["getSavedReply"]["parameters"], never>]; data: components["schemas"]["SavedReply"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/users": { args: [init?: InitOptional<operations["listUsers"]["parameters"], never>]; data: components["schemas"]["UserList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/me": { args: [init?: InitOptional<operations["getCurrentUser"]["parameters"], never>]; data: components["schemas"]["User"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/status": { args: [init?: InitOptional<operations["listUserStatuses"]["parameters"], never>]; data: components["schemas"]["UserStatusList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/{userId}": { args: [init: InitParams<operations["getUser"]["parameters"], never>]; data: components["schemas"]["User"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/{userId}/status": { args: [init: InitParams<operations["getUserStatus"]["parameters"], never>]; data: components["schemas"]["UserStatus"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/{userId}/conversation-reassignment": { args: [init: InitParams<operations["getUserConversationReassignment"]["parameters"], never>]; data: components["schemas"]["UserConversationReassignment"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/teams": { args: [init?: InitOptional<operations["listTeams"]["parameters"], never>]; data: components["schemas"]["TeamList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/teams/{teamId}/members": { args: [init: InitParams<operations["listTeamMembers"]["parameters"], never>]; data: components["schemas"]["TeamMemberList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/ratings/{ratingId}": { args: [init: InitParams<operations["getRating"]["parameters"], never>]; data: components["schemas"]["Rating"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/chat": { args: [init?: InitOptional<operations["getChatReport"]["parameters"], never>]; data: components["schemas"]["ReportChat"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/email": { args: [init?: InitOptional<operations["getEmailReport"]["parameters"], never>]; data: components["schemas"]["ReportEmail"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/phone": { args: [init?: InitOptional<operations["getPhoneReport"]["parameters"], never>]; data: components["schemas"]["ReportPhone"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/company": { args: [init: InitParams<operations["getCompanyReport"]["parameters"], never>]; data: components["schemas"]["ReportCompany"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/company/customers-helped": { args: [init: InitParams<operations["getCompanyCustomersHelpedReport"]["parameters"], never>]; data: components["schemas"]["ReportCompanyCustomersHelped"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/company/drilldown": { args: [init?: InitOptional<operations["getCompanyDrilldownReport"]["parameters"], never>]; data: components["schemas"]["ReportCompanyDrilldown"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations": { args: [init: InitParams<operations["getConversationsReport"]["parameters"], never>]; data: components["schemas"]["ReportConversations"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/volume-by-channel": { args: [init: InitParams<operations["getConversationVolumesByChannelReport"]["parameters"], never>]; data: components["schemas"]["ReportConversationVolumesByChannel"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/busy-times": { args: [init: InitParams<operations["getConversationBusyTimesReport"]["parameters"], never>]; data: components["schemas"]["ReportConversationBusyTimes"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/drilldown": { args: [init?: InitOptional<operations["getConversationsDrilldownReport"]["parameters"], never>]; data: components["schemas"]["ReportConversationsDrilldown"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/fields-drilldown": { args: [init?: InitOptional<operations["getConversationsFieldDrilldownReport"]["parameters"], never>]; data: components["schemas"]["ReportConversationsFieldDrilldown"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/new": { args: [init: InitParams<operations["getNewConversationsReport"]["parameters"], never>]; data: components["schemas"]["ReportNewConversations"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/new-drilldown": { args: [init?: InitOptional<operations["getNewConversationsDrilldownReport"]["parameters"], never>]; data: components["schemas"]["ReportNewConversationsDrilldown"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/conversations/received-messages": { args: [init: InitParams<operations["getReceivedMessagesReport"]["parameters"], never>]; data: components["schemas"]["ReportReceivedMessages"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/docs": { args: [init?: InitOptional<operations["getDocsReport"]["parameters"], never>]; data: components["schemas"]["ReportDocs"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/happiness": { args: [init: InitParams<operations["getHappinessReport"]["parameters"], never>]; data: components["schemas"]["ReportHappiness"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/happiness/ratings": { args: [init: InitParams<operations["getHappinessRatingsReport"]["parameters"], never>]; data: components["schemas"]["ReportHappinessRatings"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/productivity": { args: [init: InitParams<operations["getProductivityReport"]["parameters"], never>]; data: components["schemas"]["ReportProductivity"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/productivity/first-response-time": { args: [init: InitParams<operations["getFirstResponseTimeReport"]["parameters"], never>]; data: components["schemas"]["ReportFirstResponseTime"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/productivity/replies-sent": { args: [init: InitParams<operations["getRepliesSentReport"]["parameters"], never>]; data: components["schemas"]["ReportRepliesSent"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/productivity/resolution-time": { args: [init: InitParams<operations["getResolutionTimeReport"]["parameters"], never>]; data: components["schemas"]["ReportResolutionTime"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/productivity/resolved": { args: [init: InitParams<operations["getResolvedReport"]["parameters"], never>]; data: components["schemas"]["ReportResolved"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/productivity/response-time": { args: [init: InitParams<operations["getResponseTimeReport"]["parameters"], never>]; data: components["schemas"]["ReportResponseTime"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user": { args: [init: InitParams<operations["getUserReport"]["parameters"], never>]; data: components["schemas"]["ReportUser"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/chat": { args: [init: InitParams<operations["getUserChatReport"]["parameters"], never>]; data: components["schemas"]["ReportUserChat"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/conversation-history": { args: [init: InitParams<operations["getUserConversationHistoryReport"]["parameters"], never>]; data: components["schemas"]["ReportUserConversationHistory"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/customers-helped": { args: [init: InitParams<operations["getUserCustomersHelpedReport"]["parameters"], never>]; data: components["schemas"]["ReportUserCustomersHelped"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/drilldown": { args: [init: InitParams<operations["getUserDrilldownReport"]["parameters"], never>]; data: components["schemas"]["ReportUserDrilldown"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/happiness": { args: [init: InitParams<operations["getUserHappinessReport"]["parameters"], never>]; data: components["schemas"]["ReportUserHappiness"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/ratings": { args: [init: InitParams<operations["getUserRatingsReport"]["parameters"], never>]; data: components["schemas"]["ReportUserRatings"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/replies": { args: [init: InitParams<operations["getUserRepliesReport"]["parameters"], never>]; data: components["schemas"]["ReportUserReplies"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/reports/user/resolutions": { args: [init: InitParams<operations["getUserResolutionsReport"]["parameters"], never>]; data: components["schemas"]["ReportUserResolutions"]; error: components["schemas"]["HelpScoutError"] };
    "/v3/system-users": { args: [init?: InitOptional<operations["listSystemUsers"]["parameters"], never>]; data: components["schemas"]["SystemUserList"]; error: components["schemas"]["HelpScoutError"] };
    "/v3/system-users/{systemUserId}": { args: [init: InitParams<operations["getSystemUser"]["parameters"], never>]; data: components["schemas"]["SystemUser"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/webhooks": { args: [init?: InitOptional<operations["listWebhooks"]["parameters"], never>]; data: components["schemas"]["WebhookList"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/webhooks/{webhookId}": { args: [init: InitParams<operations["getWebhook"]["parameters"], never>]; data: components["schemas"]["Webhook"]; error: components["schemas"]["HelpScoutError"] };
    "/v2/workflows": { args: [init?: InitOptional<operations["listWorkflows"]["parameters"], never>]; data: components["schemas"]["WorkflowList"]; error: components["schemas"]["HelpScoutError"] };
  };
  DELETE: {
    "/v2/conversations/{conversationId}": { args: [init: InitParams<operations["deleteConversation"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/snooze": { args: [init: InitParams<operations["deleteConversationSnooze"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads/{threadId}/schedule": { args: [init: InitParams<operations["deleteThreadSchedule"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/attachments/{attachmentId}": { args: [init: InitParams<operations["deleteAttachment"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}": { args: [init: InitParams<operations["deleteCustomer"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/address": { args: [init: InitParams<operations["deleteCustomerAddress"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/chats/{chatId}": { args: [init: InitParams<operations["deleteCustomerChat"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/emails/{emailId}": { args: [init: InitParams<operations["deleteCustomerEmail"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/phones/{phoneId}": { args: [init: InitParams<operations["deleteCustomerPhone"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/social-profiles/{socialProfileId}": { args: [init: InitParams<operations["deleteCustomerSocialProfile"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/websites/{websiteId}": { args: [init: InitParams<operations["deleteCustomerWebsite"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customer-properties/{slug}": { args: [init: InitParams<operations["deleteCustomerPropertyDefinition"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}": { args: [init: InitParams<operations["deleteOrganization"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/properties/{slug}": { args: [init: InitParams<operations["deleteOrganizationPropertyDefinition"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}/properties/{slug}": { args: [init: InitParams<operations["deleteOrganizationPropertyValue"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}": { args: [init: InitParams<operations["deleteSavedReply"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/{userId}": { args: [init: InitParams<operations["deleteUser"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/webhooks/{webhookId}": { args: [init: InitParams<operations["deleteWebhook"]["parameters"], never>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
  };
  PATCH: {
    "/v2/conversations/{conversationId}": { args: [init: InitParamsBody<operations["updateConversation"]["parameters"], components["schemas"]["ConversationPatch"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads/{threadId}": { args: [init: InitParamsBody<operations["updateThread"]["parameters"], components["schemas"]["ThreadPatch"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads/{threadId}/schedule": { args: [init: InitParamsBody<operations["publishScheduledThread"]["parameters"], components["schemas"]["ThreadSchedulePublish"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}": { args: [init: InitParamsBody<operations["updateCustomer"]["parameters"], components["schemas"]["CustomerPatch"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/properties": { args: [init: InitParamsBody<operations["updateCustomerProperties"]["parameters"], components["schemas"]["CustomerPropertiesPatch"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/workflows/{workflowId}": { args: [init: InitParamsBody<operations["updateWorkflowStatus"]["parameters"], components["schemas"]["WorkflowStatusPatch"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
  };
  PUT: {
    "/v2/conversations/{conversationId}/fields": { args: [init: InitParamsBody<operations["updateConversationFields"]["parameters"], components["schemas"]["ConversationFieldsUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/tags": { args: [init: InitParamsBody<operations["updateConversationTags"]["parameters"], components["schemas"]["ConversationTagsUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/snooze": { args: [init: InitParamsBody<operations["updateConversationSnooze"]["parameters"], components["schemas"]["ConversationSnooze"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/conversations/{conversationId}/threads/{threadId}/schedule": { args: [init: InitParamsBody<operations["updateThreadSchedule"]["parameters"], components["schemas"]["ThreadSchedule"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}": { args: [init: InitParamsBody<operations["overwriteCustomer"]["parameters"], components["schemas"]["CustomerOverwrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/address": { args: [init: InitParamsBody<operations["updateCustomerAddress"]["parameters"], components["schemas"]["CustomerAddressWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/chats/{chatId}": { args: [init: InitParamsBody<operations["updateCustomerChat"]["parameters"], components["schemas"]["CustomerChatWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/emails/{emailId}": { args: [init: InitParamsBody<operations["updateCustomerEmail"]["parameters"], components["schemas"]["CustomerEmailWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/phones/{phoneId}": { args: [init: InitParamsBody<operations["updateCustomerPhone"]["parameters"], components["schemas"]["CustomerPhoneWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/social-profiles/{socialProfileId}": { args: [init: InitParamsBody<operations["updateCustomerSocialProfile"]["parameters"], components["schemas"]["CustomerSocialProfileWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/customers/{customerId}/websites/{websiteId}": { args: [init: InitParamsBody<operations["updateCustomerWebsite"]["parameters"], components["schemas"]["CustomerWebsiteWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}": { args: [init: InitParamsBody<operations["updateOrganization"]["parameters"], components["schemas"]["OrganizationWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/properties/{slug}": { args: [init: InitParamsBody<operations["updateOrganizationPropertyDefinition"]["parameters"], components["schemas"]["OrganizationPropertyDefinitionUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/organizations/{organizationId}/properties/{slug}": { args: [init: InitParamsBody<operations["updateOrganizationPropertyValue"]["parameters"], components["schemas"]["OrganizationPropertyValue"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/routing": { args: [init: InitParamsBody<operations["updateMailboxRouting"]["parameters"], components["schemas"]["MailboxRoutingUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}": { args: [init: InitParamsBody<operations["updateSavedReply"]["parameters"], components["schemas"]["SavedReplyWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/{userId}/status": { args: [init: InitParamsBody<operations["updateUserStatus"]["parameters"], components["schemas"]["UserStatusUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/users/{userId}/conversation-reassignment": { args: [init: InitParamsBody<operations["updateUserConversationReassignment"]["parameters"], components["schemas"]["UserConversationReassignmentUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/teams/{teamId}/members": { args: [init: InitParamsBody<operations["updateTeamMembers"]["parameters"], components["schemas"]["TeamMembersUpdate"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
    "/v2/webhooks/{webhookId}": { args: [init: InitParamsBody<operations["updateWebhook"]["parameters"], components["schemas"]["WebhookWrite"]>]; data: undefined; error: components["schemas"]["HelpScoutError"] };
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
  /** Get an access token */
  (path: "/v2/oauth2/token", init: InitBody<operations["createToken"]["parameters"], components["schemas"]["TokenRequest"]>): Promise<CallResult<components["schemas"]["Token"], components["schemas"]["HelpScoutError"]>>;
  /** Create conversation */
  (path: "/v2/conversations", init: InitBody<operations["createConversation"]["parameters"], components["schemas"]["ConversationCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create reply thread */
  (path: "/v2/conversations/{conversationId}/reply", init: InitParamsBody<operations["createReply"]["parameters"], components["schemas"]["ReplyCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create note */
  (path: "/v2/conversations/{conversationId}/notes", init: InitParamsBody<operations["createNote"]["parameters"], components["schemas"]["NoteCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create customer thread */
  (path: "/v2/conversations/{conversationId}/customer", init: InitParamsBody<operations["createCustomerThread"]["parameters"], components["schemas"]["CustomerThreadCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create phone thread */
  (path: "/v2/conversations/{conversationId}/phones", init: InitParamsBody<operations["createPhoneThread"]["parameters"], components["schemas"]["PhoneThreadCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create chat thread */
  (path: "/v2/conversations/{conversationId}/chats", init: InitParamsBody<operations["createChatThread"]["parameters"], components["schemas"]["ChatThreadCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Upload attachment */
  (path: "/v2/conversations/{conversationId}/threads/{threadId}/attachments", init: InitParamsBody<operations["createAttachment"]["parameters"], components["schemas"]["AttachmentCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create customer */
  (path: "/v2/customers", init: InitBody<operations["createCustomer"]["parameters"], components["schemas"]["CustomerCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create address */
  (path: "/v2/customers/{customerId}/address", init: InitParamsBody<operations["createCustomerAddress"]["parameters"], components["schemas"]["CustomerAddressWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create chat handle */
  (path: "/v2/customers/{customerId}/chats", init: InitParamsBody<operations["createCustomerChat"]["parameters"], components["schemas"]["CustomerChatWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create email address */
  (path: "/v2/customers/{customerId}/emails", init: InitParamsBody<operations["createCustomerEmail"]["parameters"], components["schemas"]["CustomerEmailWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create phone number */
  (path: "/v2/customers/{customerId}/phones", init: InitParamsBody<operations["createCustomerPhone"]["parameters"], components["schemas"]["CustomerPhoneWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create social profile */
  (path: "/v2/customers/{customerId}/social-profiles", init: InitParamsBody<operations["createCustomerSocialProfile"]["parameters"], components["schemas"]["CustomerSocialProfileWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create website */
  (path: "/v2/customers/{customerId}/websites", init: InitParamsBody<operations["createCustomerWebsite"]["parameters"], components["schemas"]["CustomerWebsiteWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create customer property definition */
  (path: "/v2/customer-properties", init: InitBody<operations["createCustomerPropertyDefinition"]["parameters"], components["schemas"]["CustomerPropertyDefinitionCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create organization */
  (path: "/v2/organizations", init: InitBody<operations["createOrganization"]["parameters"], components["schemas"]["OrganizationWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create organization property definition */
  (path: "/v2/organizations/properties", init: InitBody<operations["createOrganizationPropertyDefinition"]["parameters"], components["schemas"]["OrganizationPropertyDefinitionCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create saved reply */
  (path: "/v2/mailboxes/{mailboxId}/saved-replies", init: InitParamsBody<operations["createSavedReply"]["parameters"], components["schemas"]["SavedReplyWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create user */
  (path: "/v2/users", init: InitBody<operations["createUser"]["parameters"], components["schemas"]["UserCreate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Create webhook */
  (path: "/v2/webhooks", init: InitBody<operations["createWebhook"]["parameters"], components["schemas"]["WebhookWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Run manual workflow */
  (path: "/v2/workflows/{workflowId}/run", init: InitParamsBody<operations["runWorkflow"]["parameters"], components["schemas"]["WorkflowRun"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
}

/** The GET paths a call may name without an init. */
export type GetPathWithoutRequiredInit = "/v2/conversations" | "/v2/customers" | "/v3/customers" | "/v2/customer-properties" | "/v2/organizations" | "/v2/organizations/properties" | "/v2/tags" | "/v2/mailboxes" | "/v2/users" | "/v2/users/me" | "/v2/users/status" | "/v2/teams" | "/v2/reports/chat" | "/v2/reports/email" | "/v2/reports/phone" | "/v2/reports/company/drilldown" | "/v2/reports/conversations/drilldown" | "/v2/reports/conversations/fields-drilldown" | "/v2/reports/conversations/new-drilldown" | "/v2/reports/docs" | "/v3/system-users" | "/v2/webhooks" | "/v2/workflows";

export interface Get extends CallMethod<Calls["GET"]> {
  /** List conversations */
  (path: "/v2/conversations", init?: InitOptional<operations["listConversations"]["parameters"], never>): Promise<CallResult<components["schemas"]["ConversationList"], components["schemas"]["HelpScoutError"]>>;
  /** Get conversation */
  (path: "/v2/conversations/{conversationId}", init: InitParams<operations["getConversation"]["parameters"], never>): Promise<CallResult<components["schemas"]["Conversation"], components["schemas"]["HelpScoutError"]>>;
  /** Get conversation (v3) */
  (path: "/v3/conversations/{conversationId}", init: InitParams<operations["getConversationV3"]["parameters"], never>): Promise<CallResult<components["schemas"]["Conversation"], components["schemas"]["HelpScoutError"]>>;
  /** List threads */
  (path: "/v2/conversations/{conversationId}/threads", init: InitParams<operations["listThreads"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadList"], components["schemas"]["HelpScoutError"]>>;
  /** List threads (v3) */
  (path: "/v3/conversations/{conversationId}/threads", init: InitParams<operations["listThreadsV3"]["parameters"], never>): Promise<CallResult<components["schemas"]["ThreadList"], components["schemas"]["HelpScoutError"]>>;
  /** Get thread original source */
  (path: "/v2/conversations/{conversationId}/threads/{threadId}/original-source", init: InitParams<operations["getThreadOriginalSource"]["parameters"], never>): Promise<CallResult<components["schemas"]["OriginalSource"] | operations["getThreadOriginalSource"]["responses"][200]["content"]["message/rfc822"], components["schemas"]["HelpScoutError"]>>;
  /** Get attachment data */
  (path: "/v2/conversations/{conversationId}/attachments/{attachmentId}/data", init: InitParams<operations["getAttachmentData"]["parameters"], never>): Promise<CallResult<components["schemas"]["AttachmentData"], components["schemas"]["HelpScoutError"]>>;
  /** Download attachment file */
  (path: "/v2/conversations/{conversationId}/attachments/{attachmentId}/file", init: InitParams<operations["getAttachmentFile"]["parameters"], never>): Promise<CallResult<operations["getAttachmentFile"]["responses"][200]["content"]["*/*"], components["schemas"]["HelpScoutError"]>>;
  /** List customers */
  (path: "/v2/customers", init?: InitOptional<operations["listCustomers"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerList"], components["schemas"]["HelpScoutError"]>>;
  /** List customers (v3, cursor) */
  (path: "/v3/customers", init?: InitOptional<operations["listCustomersV3"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerListV3"], components["schemas"]["HelpScoutError"]>>;
  /** Get customer */
  (path: "/v2/customers/{customerId}", init: InitParams<operations["getCustomer"]["parameters"], never>): Promise<CallResult<components["schemas"]["Customer"], components["schemas"]["HelpScoutError"]>>;
  /** Get address */
  (path: "/v2/customers/{customerId}/address", init: InitParams<operations["getCustomerAddress"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerAddress"], components["schemas"]["HelpScoutError"]>>;
  /** List chat handles */
  (path: "/v2/customers/{customerId}/chats", init: InitParams<operations["listCustomerChats"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerChatList"], components["schemas"]["HelpScoutError"]>>;
  /** List email addresses */
  (path: "/v2/customers/{customerId}/emails", init: InitParams<operations["listCustomerEmails"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerEmailList"], components["schemas"]["HelpScoutError"]>>;
  /** List phone numbers */
  (path: "/v2/customers/{customerId}/phones", init: InitParams<operations["listCustomerPhones"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerPhoneList"], components["schemas"]["HelpScoutError"]>>;
  /** List social profiles */
  (path: "/v2/customers/{customerId}/social-profiles", init: InitParams<operations["listCustomerSocialProfiles"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerSocialProfileList"], components["schemas"]["HelpScoutError"]>>;
  /** List websites */
  (path: "/v2/customers/{customerId}/websites", init: InitParams<operations["listCustomerWebsites"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerWebsiteList"], components["schemas"]["HelpScoutError"]>>;
  /** List customer property definitions */
  (path: "/v2/customer-properties", init?: InitOptional<operations["listCustomerPropertyDefinitions"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerPropertyDefinitionList"], components["schemas"]["HelpScoutError"]>>;
  /** List organizations */
  (path: "/v2/organizations", init?: InitOptional<operations["listOrganizations"]["parameters"], never>): Promise<CallResult<components["schemas"]["OrganizationList"], components["schemas"]["HelpScoutError"]>>;
  /** Get organization */
  (path: "/v2/organizations/{organizationId}", init: InitParams<operations["getOrganization"]["parameters"], never>): Promise<CallResult<components["schemas"]["Organization"], components["schemas"]["HelpScoutError"]>>;
  /** List an organization's conversations */
  (path: "/v2/organizations/{organizationId}/conversations", init: InitParams<operations["listOrganizationConversations"]["parameters"], never>): Promise<CallResult<components["schemas"]["ConversationList"], components["schemas"]["HelpScoutError"]>>;
  /** List an organization's customers */
  (path: "/v2/organizations/{organizationId}/customers", init: InitParams<operations["listOrganizationCustomers"]["parameters"], never>): Promise<CallResult<components["schemas"]["CustomerList"], components["schemas"]["HelpScoutError"]>>;
  /** List organization property definitions */
  (path: "/v2/organizations/properties", init?: InitOptional<operations["listOrganizationPropertyDefinitions"]["parameters"], never>): Promise<CallResult<components["schemas"]["OrganizationPropertyDefinitionList"], components["schemas"]["HelpScoutError"]>>;
  /** Get organization property definition */
  (path: "/v2/organizations/properties/{slug}", init: InitParams<operations["getOrganizationPropertyDefinition"]["parameters"], never>): Promise<CallResult<components["schemas"]["OrganizationPropertyDefinition"], components["schemas"]["HelpScoutError"]>>;
  /** List tags */
  (path: "/v2/tags", init?: InitOptional<operations["listTags"]["parameters"], never>): Promise<CallResult<components["schemas"]["TagList"], components["schemas"]["HelpScoutError"]>>;
  /** Get tag */
  (path: "/v2/tags/{tagId}", init: InitParams<operations["getTag"]["parameters"], never>): Promise<CallResult<components["schemas"]["Tag"], components["schemas"]["HelpScoutError"]>>;
  /** List inboxes */
  (path: "/v2/mailboxes", init?: InitOptional<operations["listMailboxes"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailboxList"], components["schemas"]["HelpScoutError"]>>;
  /** Get inbox */
  (path: "/v2/mailboxes/{mailboxId}", init: InitParams<operations["getMailbox"]["parameters"], never>): Promise<CallResult<components["schemas"]["Mailbox"], components["schemas"]["HelpScoutError"]>>;
  /** List inbox custom fields */
  (path: "/v2/mailboxes/{mailboxId}/fields", init: InitParams<operations["listMailboxCustomFields"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailboxCustomFieldList"], components["schemas"]["HelpScoutError"]>>;
  /** List inbox folders */
  (path: "/v2/mailboxes/{mailboxId}/folders", init: InitParams<operations["listMailboxFolders"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailboxFolderList"], components["schemas"]["HelpScoutError"]>>;
  /** Get routing configuration */
  (path: "/v2/mailboxes/{mailboxId}/routing", init: InitParams<operations["getMailboxRouting"]["parameters"], never>): Promise<CallResult<components["schemas"]["MailboxRouting"], components["schemas"]["HelpScoutError"]>>;
  /** List saved replies */
  (path: "/v2/mailboxes/{mailboxId}/saved-replies", init: InitParams<operations["listSavedReplies"]["parameters"], never>): Promise<CallResult<operations["listSavedReplies"]["responses"][200]["content"]["application/hal+json"], components["schemas"]["HelpScoutError"]>>;
  /** Get saved reply */
  (path: "/v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}", init: InitParams<operations["getSavedReply"]["parameters"], never>): Promise<CallResult<components["schemas"]["SavedReply"], components["schemas"]["HelpScoutError"]>>;
  /** List users */
  (path: "/v2/users", init?: InitOptional<operations["listUsers"]["parameters"], never>): Promise<CallResult<components["schemas"]["UserList"], components["schemas"]["HelpScoutError"]>>;
  /** Get resource owner */
  (path: "/v2/users/me", init?: InitOptional<operations["getCurrentUser"]["parameters"], never>): Promise<CallResult<components["schemas"]["User"], components["schemas"]["HelpScoutError"]>>;
  /** List user statuses */
  (path: "/v2/users/status", init?: InitOptional<operations["listUserStatuses"]["parameters"], never>): Promise<CallResult<components["schemas"]["UserStatusList"], components["schemas"]["HelpScoutError"]>>;
  /** Get user */
  (path: "/v2/users/{userId}", init: InitParams<operations["getUser"]["parameters"], never>): Promise<CallResult<components["schemas"]["User"], components["schemas"]["HelpScoutError"]>>;
  /** Get user status */
  (path: "/v2/users/{userId}/status", init: InitParams<operations["getUserStatus"]["parameters"], never>): Promise<CallResult<components["schemas"]["UserStatus"], components["schemas"]["HelpScoutError"]>>;
  /** Get conversation reassignment configuration */
  (path: "/v2/users/{userId}/conversation-reassignment", init: InitParams<operations["getUserConversationReassignment"]["parameters"], never>): Promise<CallResult<components["schemas"]["UserConversationReassignment"], components["schemas"]["HelpScoutError"]>>;
  /** List teams */
  (path: "/v2/teams", init?: InitOptional<operations["listTeams"]["parameters"], never>): Promise<CallResult<components["schemas"]["TeamList"], components["schemas"]["HelpScoutError"]>>;
  /** List team members */
  (path: "/v2/teams/{teamId}/members", init: InitParams<operations["listTeamMembers"]["parameters"], never>): Promise<CallResult<components["schemas"]["TeamMemberList"], components["schemas"]["HelpScoutError"]>>;
  /** Get satisfaction rating */
  (path: "/v2/ratings/{ratingId}", init: InitParams<operations["getRating"]["parameters"], never>): Promise<CallResult<components["schemas"]["Rating"], components["schemas"]["HelpScoutError"]>>;
  /** Chat report */
  (path: "/v2/reports/chat", init?: InitOptional<operations["getChatReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportChat"], components["schemas"]["HelpScoutError"]>>;
  /** Email report */
  (path: "/v2/reports/email", init?: InitOptional<operations["getEmailReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportEmail"], components["schemas"]["HelpScoutError"]>>;
  /** Phone report */
  (path: "/v2/reports/phone", init?: InitOptional<operations["getPhoneReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportPhone"], components["schemas"]["HelpScoutError"]>>;
  /** Company report */
  (path: "/v2/reports/company", init: InitParams<operations["getCompanyReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportCompany"], components["schemas"]["HelpScoutError"]>>;
  /** Company customers helped report */
  (path: "/v2/reports/company/customers-helped", init: InitParams<operations["getCompanyCustomersHelpedReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportCompanyCustomersHelped"], components["schemas"]["HelpScoutError"]>>;
  /** Company drilldown report */
  (path: "/v2/reports/company/drilldown", init?: InitOptional<operations["getCompanyDrilldownReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportCompanyDrilldown"], components["schemas"]["HelpScoutError"]>>;
  /** Conversations (all channels) report */
  (path: "/v2/reports/conversations", init: InitParams<operations["getConversationsReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportConversations"], components["schemas"]["HelpScoutError"]>>;
  /** Volumes by channel report */
  (path: "/v2/reports/conversations/volume-by-channel", init: InitParams<operations["getConversationVolumesByChannelReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportConversationVolumesByChannel"], components["schemas"]["HelpScoutError"]>>;
  /** Busiest time of day report */
  (path: "/v2/reports/conversations/busy-times", init: InitParams<operations["getConversationBusyTimesReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportConversationBusyTimes"], components["schemas"]["HelpScoutError"]>>;
  /** Conversations drilldown report */
  (path: "/v2/reports/conversations/drilldown", init?: InitOptional<operations["getConversationsDrilldownReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportConversationsDrilldown"], components["schemas"]["HelpScoutError"]>>;
  /** Drilldown by custom field report */
  (path: "/v2/reports/conversations/fields-drilldown", init?: InitOptional<operations["getConversationsFieldDrilldownReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportConversationsFieldDrilldown"], components["schemas"]["HelpScoutError"]>>;
  /** New conversations report */
  (path: "/v2/reports/conversations/new", init: InitParams<operations["getNewConversationsReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportNewConversations"], components["schemas"]["HelpScoutError"]>>;
  /** New conversations drilldown report */
  (path: "/v2/reports/conversations/new-drilldown", init?: InitOptional<operations["getNewConversationsDrilldownReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportNewConversationsDrilldown"], components["schemas"]["HelpScoutError"]>>;
  /** Received messages report */
  (path: "/v2/reports/conversations/received-messages", init: InitParams<operations["getReceivedMessagesReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportReceivedMessages"], components["schemas"]["HelpScoutError"]>>;
  /** Docs report */
  (path: "/v2/reports/docs", init?: InitOptional<operations["getDocsReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportDocs"], components["schemas"]["HelpScoutError"]>>;
  /** Happiness report */
  (path: "/v2/reports/happiness", init: InitParams<operations["getHappinessReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportHappiness"], components["schemas"]["HelpScoutError"]>>;
  /** Happiness ratings report */
  (path: "/v2/reports/happiness/ratings", init: InitParams<operations["getHappinessRatingsReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportHappinessRatings"], components["schemas"]["HelpScoutError"]>>;
  /** Productivity report */
  (path: "/v2/reports/productivity", init: InitParams<operations["getProductivityReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportProductivity"], components["schemas"]["HelpScoutError"]>>;
  /** First response time report */
  (path: "/v2/reports/productivity/first-response-time", init: InitParams<operations["getFirstResponseTimeReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportFirstResponseTime"], components["schemas"]["HelpScoutError"]>>;
  /** Replies sent report */
  (path: "/v2/reports/productivity/replies-sent", init: InitParams<operations["getRepliesSentReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportRepliesSent"], components["schemas"]["HelpScoutError"]>>;
  /** Resolution time report */
  (path: "/v2/reports/productivity/resolution-time", init: InitParams<operations["getResolutionTimeReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportResolutionTime"], components["schemas"]["HelpScoutError"]>>;
  /** Resolved report */
  (path: "/v2/reports/productivity/resolved", init: InitParams<operations["getResolvedReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportResolved"], components["schemas"]["HelpScoutError"]>>;
  /** Response time report */
  (path: "/v2/reports/productivity/response-time", init: InitParams<operations["getResponseTimeReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportResponseTime"], components["schemas"]["HelpScoutError"]>>;
  /** User/team report */
  (path: "/v2/reports/user", init: InitParams<operations["getUserReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUser"], components["schemas"]["HelpScoutError"]>>;
  /** User/team chat report */
  (path: "/v2/reports/user/chat", init: InitParams<operations["getUserChatReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserChat"], components["schemas"]["HelpScoutError"]>>;
  /** User conversation history report */
  (path: "/v2/reports/user/conversation-history", init: InitParams<operations["getUserConversationHistoryReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserConversationHistory"], components["schemas"]["HelpScoutError"]>>;
  /** User customers helped report */
  (path: "/v2/reports/user/customers-helped", init: InitParams<operations["getUserCustomersHelpedReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserCustomersHelped"], components["schemas"]["HelpScoutError"]>>;
  /** User drilldown report */
  (path: "/v2/reports/user/drilldown", init: InitParams<operations["getUserDrilldownReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserDrilldown"], components["schemas"]["HelpScoutError"]>>;
  /** User happiness report */
  (path: "/v2/reports/user/happiness", init: InitParams<operations["getUserHappinessReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserHappiness"], components["schemas"]["HelpScoutError"]>>;
  /** User ratings (happiness drilldown) report */
  (path: "/v2/reports/user/ratings", init: InitParams<operations["getUserRatingsReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserRatings"], components["schemas"]["HelpScoutError"]>>;
  /** User replies report */
  (path: "/v2/reports/user/replies", init: InitParams<operations["getUserRepliesReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserReplies"], components["schemas"]["HelpScoutError"]>>;
  /** User resolutions report */
  (path: "/v2/reports/user/resolutions", init: InitParams<operations["getUserResolutionsReport"]["parameters"], never>): Promise<CallResult<components["schemas"]["ReportUserResolutions"], components["schemas"]["HelpScoutError"]>>;
  /** List system users */
  (path: "/v3/system-users", init?: InitOptional<operations["listSystemUsers"]["parameters"], never>): Promise<CallResult<components["schemas"]["SystemUserList"], components["schemas"]["HelpScoutError"]>>;
  /** Get system user */
  (path: "/v3/system-users/{systemUserId}", init: InitParams<operations["getSystemUser"]["parameters"], never>): Promise<CallResult<components["schemas"]["SystemUser"], components["schemas"]["HelpScoutError"]>>;
  /** List webhooks */
  (path: "/v2/webhooks", init?: InitOptional<operations["listWebhooks"]["parameters"], never>): Promise<CallResult<components["schemas"]["WebhookList"], components["schemas"]["HelpScoutError"]>>;
  /** Get webhook */
  (path: "/v2/webhooks/{webhookId}", init: InitParams<operations["getWebhook"]["parameters"], never>): Promise<CallResult<components["schemas"]["Webhook"], components["schemas"]["HelpScoutError"]>>;
  /** List workflows */
  (path: "/v2/workflows", init?: InitOptional<operations["listWorkflows"]["parameters"], never>): Promise<CallResult<components["schemas"]["WorkflowList"], components["schemas"]["HelpScoutError"]>>;
  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */
  (path: GetPathWithoutRequiredInit): never;
}

export interface Delete extends CallMethod<Calls["DELETE"]> {
  /** Delete conversation */
  (path: "/v2/conversations/{conversationId}", init: InitParams<operations["deleteConversation"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Unsnooze conversation */
  (path: "/v2/conversations/{conversationId}/snooze", init: InitParams<operations["deleteConversationSnooze"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Unschedule thread */
  (path: "/v2/conversations/{conversationId}/threads/{threadId}/schedule", init: InitParams<operations["deleteThreadSchedule"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete attachment */
  (path: "/v2/conversations/{conversationId}/attachments/{attachmentId}", init: InitParams<operations["deleteAttachment"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete customer */
  (path: "/v2/customers/{customerId}", init: InitParams<operations["deleteCustomer"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete address */
  (path: "/v2/customers/{customerId}/address", init: InitParams<operations["deleteCustomerAddress"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete chat handle */
  (path: "/v2/customers/{customerId}/chats/{chatId}", init: InitParams<operations["deleteCustomerChat"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete email address */
  (path: "/v2/customers/{customerId}/emails/{emailId}", init: InitParams<operations["deleteCustomerEmail"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete phone number */
  (path: "/v2/customers/{customerId}/phones/{phoneId}", init: InitParams<operations["deleteCustomerPhone"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete social profile */
  (path: "/v2/customers/{customerId}/social-profiles/{socialProfileId}", init: InitParams<operations["deleteCustomerSocialProfile"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete website */
  (path: "/v2/customers/{customerId}/websites/{websiteId}", init: InitParams<operations["deleteCustomerWebsite"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete customer property definition */
  (path: "/v2/customer-properties/{slug}", init: InitParams<operations["deleteCustomerPropertyDefinition"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete organization */
  (path: "/v2/organizations/{organizationId}", init: InitParams<operations["deleteOrganization"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete organization property definition */
  (path: "/v2/organizations/properties/{slug}", init: InitParams<operations["deleteOrganizationPropertyDefinition"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Remove organization property value */
  (path: "/v2/organizations/{organizationId}/properties/{slug}", init: InitParams<operations["deleteOrganizationPropertyValue"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete saved reply */
  (path: "/v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}", init: InitParams<operations["deleteSavedReply"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete user */
  (path: "/v2/users/{userId}", init: InitParams<operations["deleteUser"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Delete webhook */
  (path: "/v2/webhooks/{webhookId}", init: InitParams<operations["deleteWebhook"]["parameters"], never>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
}

export interface Patch extends CallMethod<Calls["PATCH"]> {
  /** Update conversation */
  (path: "/v2/conversations/{conversationId}", init: InitParamsBody<operations["updateConversation"]["parameters"], components["schemas"]["ConversationPatch"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update thread */
  (path: "/v2/conversations/{conversationId}/threads/{threadId}", init: InitParamsBody<operations["updateThread"]["parameters"], components["schemas"]["ThreadPatch"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Publish scheduled thread now */
  (path: "/v2/conversations/{conversationId}/threads/{threadId}/schedule", init: InitParamsBody<operations["publishScheduledThread"]["parameters"], components["schemas"]["ThreadSchedulePublish"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update customer */
  (path: "/v2/customers/{customerId}", init: InitParamsBody<operations["updateCustomer"]["parameters"], components["schemas"]["CustomerPatch"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update customer properties */
  (path: "/v2/customers/{customerId}/properties", init: InitParamsBody<operations["updateCustomerProperties"]["parameters"], components["schemas"]["CustomerPropertiesPatch"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Activate or deactivate workflow */
  (path: "/v2/workflows/{workflowId}", init: InitParamsBody<operations["updateWorkflowStatus"]["parameters"], components["schemas"]["WorkflowStatusPatch"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
}

export interface Put extends CallMethod<Calls["PUT"]> {
  /** Update custom fields */
  (path: "/v2/conversations/{conversationId}/fields", init: InitParamsBody<operations["updateConversationFields"]["parameters"], components["schemas"]["ConversationFieldsUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update tags */
  (path: "/v2/conversations/{conversationId}/tags", init: InitParamsBody<operations["updateConversationTags"]["parameters"], components["schemas"]["ConversationTagsUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Snooze conversation */
  (path: "/v2/conversations/{conversationId}/snooze", init: InitParamsBody<operations["updateConversationSnooze"]["parameters"], components["schemas"]["ConversationSnooze"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Schedule thread */
  (path: "/v2/conversations/{conversationId}/threads/{threadId}/schedule", init: InitParamsBody<operations["updateThreadSchedule"]["parameters"], components["schemas"]["ThreadSchedule"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Overwrite customer */
  (path: "/v2/customers/{customerId}", init: InitParamsBody<operations["overwriteCustomer"]["parameters"], components["schemas"]["CustomerOverwrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update address */
  (path: "/v2/customers/{customerId}/address", init: InitParamsBody<operations["updateCustomerAddress"]["parameters"], components["schemas"]["CustomerAddressWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update chat handle */
  (path: "/v2/customers/{customerId}/chats/{chatId}", init: InitParamsBody<operations["updateCustomerChat"]["parameters"], components["schemas"]["CustomerChatWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update email address */
  (path: "/v2/customers/{customerId}/emails/{emailId}", init: InitParamsBody<operations["updateCustomerEmail"]["parameters"], components["schemas"]["CustomerEmailWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update phone number */
  (path: "/v2/customers/{customerId}/phones/{phoneId}", init: InitParamsBody<operations["updateCustomerPhone"]["parameters"], components["schemas"]["CustomerPhoneWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update social profile */
  (path: "/v2/customers/{customerId}/social-profiles/{socialProfileId}", init: InitParamsBody<operations["updateCustomerSocialProfile"]["parameters"], components["schemas"]["CustomerSocialProfileWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update website */
  (path: "/v2/customers/{customerId}/websites/{websiteId}", init: InitParamsBody<operations["updateCustomerWebsite"]["parameters"], components["schemas"]["CustomerWebsiteWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update organization */
  (path: "/v2/organizations/{organizationId}", init: InitParamsBody<operations["updateOrganization"]["parameters"], components["schemas"]["OrganizationWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update organization property definition */
  (path: "/v2/organizations/properties/{slug}", init: InitParamsBody<operations["updateOrganizationPropertyDefinition"]["parameters"], components["schemas"]["OrganizationPropertyDefinitionUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Set organization property value */
  (path: "/v2/organizations/{organizationId}/properties/{slug}", init: InitParamsBody<operations["updateOrganizationPropertyValue"]["parameters"], components["schemas"]["OrganizationPropertyValue"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update routing configuration */
  (path: "/v2/mailboxes/{mailboxId}/routing", init: InitParamsBody<operations["updateMailboxRouting"]["parameters"], components["schemas"]["MailboxRoutingUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update saved reply */
  (path: "/v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}", init: InitParamsBody<operations["updateSavedReply"]["parameters"], components["schemas"]["SavedReplyWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Set user status */
  (path: "/v2/users/{userId}/status", init: InitParamsBody<operations["updateUserStatus"]["parameters"], components["schemas"]["UserStatusUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update conversation reassignment configuration */
  (path: "/v2/users/{userId}/conversation-reassignment", init: InitParamsBody<operations["updateUserConversationReassignment"]["parameters"], components["schemas"]["UserConversationReassignmentUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update team members */
  (path: "/v2/teams/{teamId}/members", init: InitParamsBody<operations["updateTeamMembers"]["parameters"], components["schemas"]["TeamMembersUpdate"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
  /** Update webhook */
  (path: "/v2/webhooks/{webhookId}", init: InitParamsBody<operations["updateWebhook"]["parameters"], components["schemas"]["WebhookWrite"]>): Promise<CallResult<undefined, components["schemas"]["HelpScoutError"]>>;
}
