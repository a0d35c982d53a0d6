// A render error in one part of the screen (a board, a dialog) shows a short message with a way
// out instead of a blank window. Nothing is lost: the document lives in the shared Y.Doc (and on
// the host), not in the components that failed.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '../i18n/I18n.tsx'

interface Props {
  children: ReactNode
  /** Changing this (e.g. the board id) clears a previous error. */
  resetKey?: string
}

interface State {
  error: Error | null
  resetKey: string | undefined
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: undefined }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tavolo: a part of the screen failed to render', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children
    return (
      <Fallback message={this.state.error.message} onRetry={() => this.setState({ error: null })} />
    )
  }
}

function Fallback({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT()
  return (
    <div className="center-screen">
      <div className="boot-error" role="alert">
        <h2>{t('error.title')}</h2>
        <p>{t('error.partFailed')}</p>
        <p className="muted small">{message}</p>
        <div className="button-group">
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('error.retry')}
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </div>
      </div>
    </div>
  )
}
