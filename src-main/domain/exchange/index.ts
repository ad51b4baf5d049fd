export * from './case';
export * from './errors';
export { termSchema, type Term } from './agreement';
export { partySchema, agentSchema, type ExchangeParty, type ExchangeAgent } from './party';
