// Inbox API v2 (inboxapp.com/api/v2): MSW 2 handlers that answer every operation with its documented example, and
// scenarios of catalogued errors (see src/mock.ts). Users import `messaging-contracts/inbox-v2/mock`; it needs msw.
import { mockData, type MockOperations } from '../generated/inbox-v2/mock.ts';
import { createVendorMock, type Scenario, type VendorMock } from './mock.ts';

export type { MockOptions, MockOverride, MockStep } from './mock.ts';
/** Every operation key (`METHOD /path`) with the names of its success examples and its error codes. */
export type InboxV2MockOperations = MockOperations;
export type InboxV2Scenario = Scenario<MockOperations>;

export const inboxV2Mock: VendorMock<MockOperations> = createVendorMock<MockOperations>(mockData);

/** A handler per operation, answering its first documented example: `setupServer(...handlers())`. */
export const handlers = inboxV2Mock.handlers;

/** Handlers that replace some operations' answers: `server.use(...scenario({ 'GET /path': 'ErrorCode' }))`. */
export const scenario = inboxV2Mock.scenario;
