import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ModelError,
  addTimerMinute,
  endStep,
  getRun,
  getTimer,
  listStepLogs,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startStep,
  startTimer,
  timerView,
} from '../../../src/shared/model/index.ts'
import { alice, capture, copyOf, joinPeer, workshop } from './helpers.ts'

const MIN = 60_000
const T0 = 1_700_000_000_000

describe('timer', () => {
  it('start, pause, resume, add a minute, reset: a pure view of the data at any clock', () => {
    const { doc } = workshop()
    startTimer(doc, 5 * MIN, T0)
    expect(timerView(getTimer(doc), T0 + 2 * MIN)).toEqual({
      state: 'running',
      durationMs: 5 * MIN,
      remainingMs: 3 * MIN,
      overrunMs: 0,
      ended: false,
    })
    pauseTimer(doc, T0 + 2 * MIN)
    // Paused: the clock moves on, the view does not.
    expect(timerView(getTimer(doc), T0 + 60 * MIN).remainingMs).toBe(3 * MIN)
    resumeTimer(doc, T0 + 10 * MIN)
    expect(timerView(getTimer(doc), T0 + 11 * MIN).remainingMs).toBe(2 * MIN)
    addTimerMinute(doc, T0 + 11 * MIN)
    expect(timerView(getTimer(doc), T0 + 11 * MIN)).toMatchObject({
      remainingMs: 3 * MIN,
      durationMs: 6 * MIN,
    })
    // Overrun: 14 min after resuming with 3 + 1 left.
    const late = timerView(getTimer(doc), T0 + 17 * MIN)
    expect(late).toMatchObject({ remainingMs: 0, overrunMs: 3 * MIN, ended: true })
    pauseTimer(doc, T0 + 17 * MIN)
    expect(timerView(getTimer(doc), T0 + 99 * MIN)).toMatchObject({
      overrunMs: 3 * MIN,
      ended: true,
      state: 'paused',
    })
    addTimerMinute(doc, T0 + 17 * MIN)
    expect(timerView(getTimer(doc), T0 + 17 * MIN)).toMatchObject({ overrunMs: 2 * MIN })
    resetTimer(doc)
    expect(timerView(getTimer(doc), T0 + 99 * MIN)).toEqual({
      state: 'idle',
      durationMs: 7 * MIN,
      remainingMs: 7 * MIN,
      overrunMs: 0,
      ended: false,
    })
    resetTimer(doc, 4 * MIN)
    expect(getTimer(doc).durationMs).toBe(4 * MIN)
    addTimerMinute(doc, T0)
    expect(getTimer(doc)).toMatchObject({ state: 'idle', durationMs: 5 * MIN })
  })

  it('refuses wrong transitions and bad durations', () => {
    const { doc } = workshop()
    expect(() => pauseTimer(doc, T0)).toThrow(/only a running timer/)
    expect(() => resumeTimer(doc, T0)).toThrow(/only a paused timer/)
    expect(() => startTimer(doc, -1, T0)).toThrow(ModelError)
    expect(() => startTimer(doc, 25 * 60 * MIN, T0)).toThrow(/24 hours/)
    expect(() => startTimer(doc, MIN, Number.NaN)).toThrow(/epoch/)
  })

  it('participants cannot drive it, and a forged timer reads as idle elsewhere', () => {
    const { doc } = workshop()
    const peer = joinPeer(doc, alice)
    startTimer(doc, 5 * MIN, T0)
    expect(() => pauseTimer(peer, T0 + MIN)).toThrow(/only a facilitator/)
    const forged = capture(peer, () =>
      peer
        .getMap('session')
        .set('timer', { state: 'running', durationMs: 99 * MIN, deadline: T0 + 99 * MIN }),
    )
    const second = copyOf(doc)
    Y.applyUpdate(second, forged)
    expect(getTimer(second).state).toBe('idle')
  })
})

describe('agenda run', () => {
  it('starting a step moves everyone to its board and times it; overrun is logged per step', () => {
    const { doc, boardId, otherBoardId, steps } = workshop()
    const [welcome = '', needs = '', vision = ''] = steps
    const peer = joinPeer(doc, alice)
    startStep(doc, welcome, T0)
    expect(getRun(peer)).toMatchObject({ stepId: welcome, startedAt: T0 })
    expect(getRun(peer)?.boardId).toBeUndefined()
    expect(timerView(getTimer(peer), T0 + 4 * MIN).remainingMs).toBe(6 * MIN)
    startStep(doc, needs, T0 + 8 * MIN)
    expect(getRun(peer)?.boardId).toBe(boardId)
    expect(getTimer(peer)).toMatchObject({ state: 'running', durationMs: 30 * MIN, stepId: needs })
    startStep(doc, vision, T0 + 45 * MIN)
    expect(getRun(peer)?.boardId).toBe(otherBoardId)
    // Back to "needs" for 5 more minutes: its used time adds up over both runs.
    startStep(doc, needs, T0 + 60 * MIN)
    endStep(doc, T0 + 65 * MIN)
    expect(getRun(doc)).toBeUndefined()
    expect(getTimer(doc).state).toBe('idle')
    const logs = listStepLogs(peer)
    expect(
      logs.map((l) => [l.title, l.plannedMinutes, l.usedMinutes, l.overrunMinutes, l.runs]),
    ).toEqual([
      ['Welcome', 10, 8, 0, 1],
      ['Needs', 30, 42, 12, 2],
      ['Vision', 20, 15, 0, 1],
    ])
    expect(logs[1]).toMatchObject({ startedAt: T0 + 8 * MIN, endedAt: T0 + 65 * MIN })
  })

  it('counts the running step up to now', () => {
    const { doc, steps } = workshop()
    startStep(doc, steps[1] ?? '', T0)
    expect(listStepLogs(doc, T0 + 31 * MIN)[0]).toMatchObject({
      usedMinutes: 31,
      overrunMinutes: 1,
      running: true,
    })
    expect(() => startStep(doc, 'nope', T0)).toThrow(/no step/)
  })

  it('ending with nothing running is refused; participants cannot start steps', () => {
    const { doc, steps } = workshop()
    expect(() => endStep(doc, T0)).toThrow(/no step is running/)
    const peer = joinPeer(doc, alice)
    expect(() => startStep(peer, steps[0] ?? '', T0)).toThrow(/only a facilitator/)
  })
})
