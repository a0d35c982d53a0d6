// Facilitation: running a session on top of the workshop document (docs/DOCUMENT.md, "Session
// (facilitation)"). Every value here counts only when written by a client bound to a user allowed
// to write it, so peers ignore forged changes; the host (src/main/host/guard) refuses them.
export {
  SESSION_ROOT,
  KEY,
  PREFIX,
  PROXY_ID_PREFIX,
  HIDDEN_FIELD,
  AUTHOR_CLIENT_FIELD,
  AUTHOR_USER_FIELD,
  PRIVATE_FIELDS,
  ballotKey,
  parseBallotKey,
  classifyKey,
  type SessionKeyKind,
  type BallotKey,
} from './keys.ts'
export {
  createIdentity,
  identityFromSecret,
  isUserId,
  signText,
  verifyText,
  bindingText,
  connectText,
  type SessionIdentity,
} from './identity.ts'
export {
  trustOf,
  pinSessionOwner,
  actorOf,
  isFacilitator,
  sessionOwner,
  parseBinding,
  sessionMap,
  type Trust,
  type Trusted,
} from './trust.ts'
export type * from './values.ts'
export {
  bindClient,
  ensureClientBound,
  initSession,
  claimOwnership,
  roleOf,
  listFacilitators,
  setRole,
  joinSession,
  listPeople,
  type SessionRole,
  type SessionPerson,
} from './roles.ts'
export {
  timerView,
  getTimer,
  startTimer,
  pauseTimer,
  resumeTimer,
  addTimerMinute,
  resetTimer,
  MINUTE_MS,
  IDLE_TIMER,
  type TimerView,
} from './timer.ts'
export {
  getRun,
  startStep,
  endStep,
  listStepLogs,
  type RunningStep,
  type StepLog,
} from './agenda.ts'
export {
  getVote,
  listVotes,
  openVote,
  revealVote,
  closeVote,
  castDot,
  removeDot,
  voteResults,
  votableItems,
  addProxyVoter,
  removeProxyVoter,
  getProxyVoter,
  listProxyVoters,
  MAX_DOTS,
  type Vote,
  type VoteResults,
  type VoteTotal,
  type VotableItem,
  type ProxyVoter,
  type OpenVoteInput,
} from './votes.ts'
export {
  getLock,
  isBoardLocked,
  listLocks,
  lockBoard,
  unlockBoard,
  canEditBoard,
  assertBoardEditable,
  editBoard,
  boardOfItem,
  entityBoard,
  getFollow,
  setFollow,
  stopFollow,
  getSpotlight,
  setSpotlight,
  type LockState,
  type FollowState,
  type SpotlightState,
} from './control.ts'
export {
  getAnonymity,
  setAnonymous,
  applyAnonymity,
  getPrivateWriting,
  setPrivateWriting,
  addCard,
  isHiddenCard,
  visibleItems,
  hiddenCount,
  revealPrivateCards,
  type ToggleState,
  type Viewer,
} from './privacy.ts'
export {
  addDecision,
  updateDecision,
  removeDecision,
  listDecisions,
  type Decision,
  type DecisionInput,
} from './decisions.ts'
export { getSessionState, type SessionState } from './state.ts'
export {
  sessionSummary,
  type FacilitationSummary,
  type SummaryStep,
  type SectorGroup,
} from './summary.ts'
export { exportInput, type ExportInput } from './exportInput.ts'
export {
  MESSAGE_TAVOLO,
  encodeTavolo,
  readTavolo,
  writeTavolo,
  encodeRefusal,
  parseRefusal,
  type TavoloMessage,
} from './wire.ts'
export { attachSessionAuth, type SessionAuthOptions } from './connectAuth.ts'
export {
  MESSAGE_ADMIN,
  encodeAdminReply,
  encodeAdminRequest,
  readAdminReply,
  readAdminRequest,
  type AdminReply,
  type AdminRequest,
} from './adminWire.ts'
