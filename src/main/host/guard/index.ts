export { SessionGuard, applyVerdict, GUARD_ORIGIN, type GuardVerdict } from './guard.ts'
export { Handshake } from './handshake.ts'
