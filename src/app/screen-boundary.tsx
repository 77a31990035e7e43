import { Component, type ErrorInfo, type ReactNode } from 'react';
import { formatRoute } from '../state/routes.ts';
import { useT } from '../state/use-t.ts';

interface Props {
  children: ReactNode;
  /** Called before rendering the screen again (e.g. to load its code afresh). */
  onRetry?: () => void;
}

/**
 * Around every screen: an error while rendering it shows a localised notice with "Try again" and a way
 * back to the library, instead of a blank page. Stored data is never touched by a failing screen (calls
 * are saved after every reply), so both ways back find it as it was.
 */
export class ScreenBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('HardCall screen failed:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => {
      this.props.onRetry?.();
      this.setState({ error: null, failed: false });
    };
    return <ScreenFailed error={this.state.error} onRetry={retry} />;
  }
}

function ScreenFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <div className="screen-failed" role="alert">
      <h1>{t('screenFailed')}</h1>
      <p>{t('screenFailedKept')}</p>
      <p className="detail">{t('screenFailedDetail', { detail: detail.slice(0, 300) })}</p>
      <p>
        <button type="button" className="button primary" onClick={onRetry}>
          {t('tryAgain')}
        </button>{' '}
        <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>
      </p>
    </div>
  );
}
