export { startHost, SYNC_PATH, SIGNAL_PATH } from './startHost.ts'
export { generateToken, normalizeToken, TOKEN_ALPHABET } from './token.ts'
export { DEFAULT_LIMITS } from './limits.ts'
export type {
  Host,
  HostOptions,
  HostedFile,
  HostLimits,
  HostEvent,
  ParticipantConnection,
  WorkshopSummary,
} from './types.ts'
