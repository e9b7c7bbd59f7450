// Help Scout Mailbox API 2.0: MSW 2 handlers that answer every operation with its documented example, and
// scenarios of catalogued errors (see src/mock.ts). Users import `messaging-contracts/helpscout/mock`; it needs msw.
import { mockData, type MockOperations } from '../generated/helpscout/mock.ts';
import { createVendorMock, type Scenario, type VendorMock } from './mock.ts';

export type { MockOptions, MockOverride, MockStep } from './mock.ts';
/** Every operation key (`METHOD /path`) with the names of its success examples and its error codes. */
export type HelpScoutMockOperations = MockOperations;
export type HelpScoutScenario = Scenario<MockOperations>;

export const helpScoutMock: VendorMock<MockOperations> = createVendorMock<MockOperations>(mockData);

/** A handler per operation, answering its first documented example: `setupServer(...handlers())`. */
export const handlers = helpScoutMock.handlers;

/** Handlers that replace some operations' answers: `server.use(...scenario({ 'GET /path': 'ErrorCode' }))`. */
export const scenario = helpScoutMock.scenario;
