import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// index.html already shows the header and a loading state, so the first render need not block the
// main thread: as a transition, React renders in slices and yields between them (a phone stays
// responsive to taps while the app starts), then replaces the static view in one commit.
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
