export * from './case';
export * from './errors';
export { followUpSchema, termSchema, type ExchangeFollowUp, type Term } from './agreement';
export { partySchema, agentSchema, type ExchangeParty, type ExchangeAgent } from './party';
