export { startHost, SYNC_PATH, SIGNAL_PATH } from './startHost.ts'
export { generateToken, normalizeToken, TOKEN_ALPHABET } from './token.ts'
export { DEFAULT_LIMITS } from './limits.ts'
export { FACILITATOR_HEADER, FACILITATOR_PATH, facilitatorUrl } from './facilitatorKey.ts'
export {
  defaultIdentityPath,
  loadOrCreateOwnerIdentity,
  OwnerIdentityError,
} from './ownerIdentity.ts'
export type {
  Host,
  HostOptions,
  HostedFile,
  HostLimits,
  HostEvent,
  ParticipantConnection,
  WorkshopSummary,
} from './types.ts'
