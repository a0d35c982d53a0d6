// The board whose edits a part of the screen makes. `useEdit()` (doc/context.tsx) checks the
// board's lock with the model before running an edit inside this scope, so a locked board refuses
// an edit even when a control was reachable; the host refuses it again for any other client.
import { createContext } from 'react'

export const EditScope = createContext<string | null>(null)
