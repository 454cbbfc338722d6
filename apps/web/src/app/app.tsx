import { Toaster } from 'react-hot-toast';
import { BrowserRouter } from 'react-router-dom';
import { CookieBanner } from '@/components/cookie-banner';
import { ErrorBoundary } from '@/components/error-boundary';
import { AuthProvider } from '@/features/auth';
import { AppRoutes } from './routes';
import { ScrollToTop } from './scroll-to-top';

export function App() {
  return (
    <ErrorBoundary>
      {/* startTransition keeps the current page on screen while the next page's chunk loads. */}
      <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <AuthProvider>
          <ScrollToTop />
          <AppRoutes />
          <CookieBanner />
          <Toaster position="top-center" toastOptions={{ duration: 5000 }} />
        </AuthProvider>
      </BrowserRouter>
    </ErrorBoundary>
  );
}
