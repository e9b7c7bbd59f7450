// Inbound email API v2 (inbound.new): MSW 2 handlers that answer every operation with its documented example, and
// scenarios of catalogued errors (see src/mock.ts). Users import `messaging-contracts/inbound/mock`; it needs msw.
import { mockData, type MockOperations } from '../generated/inbound/mock.ts';
import { createVendorMock, type Scenario, type VendorMock } from './mock.ts';

export type { MockOptions, MockOverride, MockStep } from './mock.ts';
/** Every operation key (`METHOD /path`) with the names of its success examples and its error codes. */
export type InboundMockOperations = MockOperations;
export type InboundScenario = Scenario<MockOperations>;

export const inboundMock: VendorMock<MockOperations> = createVendorMock<MockOperations>(mockData);

/** A handler per operation, answering its first documented example: `setupServer(...handlers())`. */
export const handlers = inboundMock.handlers;

/** Handlers that replace some operations' answers: `server.use(...scenario({ 'GET /path': 'ErrorCode' }))`. */
export const scenario = inboundMock.scenario;
