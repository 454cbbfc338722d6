import { Component, type ErrorInfo, type ReactNode } from 'react';
import { buttonClasses } from './button';

interface ErrorBoundaryState {
  hasError: boolean;
}

/** The last line of defence: a render error shows a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No health data in here: only the component stack and the error's message reach the console.
    console.error('Unhandled render error', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <main className="mx-auto flex min-h-screen max-w-lg flex-col items-center justify-center px-6 text-center">
        <h1 className="text-2xl font-semibold text-stone-900">Something went wrong</h1>
        <p className="mt-3 text-stone-600">
          The page hit an unexpected problem. Your data is safe. Reload the page to try again.
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <button type="button" className={buttonClasses('primary')} onClick={() => window.location.reload()}>
            Reload page
          </button>
          <a href="/" className={buttonClasses('secondary')}>
            Go to the home page
          </a>
        </div>
      </main>
    );
  }
}
