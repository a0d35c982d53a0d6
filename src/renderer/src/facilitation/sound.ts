// The timer's optional sound: two soft tones made on this device with WebAudio (no file, nothing
// fetched). Off by default; the choice is remembered on this device.
import { create } from 'zustand'

export const SOUND_STORAGE = 'tavolo.timerSound'

function readPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(SOUND_STORAGE) === 'on'
  } catch {
    return false
  }
}

export const useTimerSound = create<{ on: boolean }>(() => ({ on: readPreference() }))

export function setTimerSound(on: boolean): void {
  useTimerSound.setState({ on })
  try {
    localStorage.setItem(SOUND_STORAGE, on ? 'on' : 'off')
  } catch {
    // Not remembered, but on for this page.
  }
}

let context: AudioContext | undefined

/** Two short, soft tones (a chime, not an alarm). */
export function playChime(): void {
  try {
    context ??= new AudioContext()
    const ctx = context
    if (ctx.state === 'suspended') void ctx.resume()
    const start = ctx.currentTime + 0.02
    for (const [i, freq] of [660, 880].entries()) {
      const at = start + i * 0.28
      const osc = ctx.createOscillator()
      const gain = ctx.createGain()
      osc.type = 'sine'
      osc.frequency.value = freq
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.03)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.45)
      osc.connect(gain).connect(ctx.destination)
      osc.start(at)
      osc.stop(at + 0.5)
    }
  } catch {
    // No audio on this device: the visual cue remains.
  }
}
