import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ProtectedRoute } from '@/features/auth';
import { PublicLayout } from './layouts/public-layout';
import { RouteFallback } from './route-fallback';

// Every page is its own chunk, so the first visit to `/` downloads only the shell and the home page.
// The signed-in layout (navigation, menus) is not needed by the public pages either.
const AppLayout = lazy(() => import('./layouts/app-layout'));
const HomePage = lazy(() => import('@/features/home/home-page'));
const LoginPage = lazy(() => import('@/features/auth/login-page'));
const SignupPage = lazy(() => import('@/features/auth/signup-page'));
const VerifyEmailPage = lazy(() => import('@/features/auth/verify-email-page'));
const ForgotPasswordPage = lazy(() => import('@/features/auth/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('@/features/auth/reset-password-page'));
const PrivacyPolicyPage = lazy(() => import('@/features/legal/privacy-policy-page'));
const TermsOfServicePage = lazy(() => import('@/features/legal/terms-of-service-page'));
const OnboardingPage = lazy(() => import('@/features/onboarding/onboarding-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/dashboard-page'));
const SymptomTrackerPage = lazy(() => import('@/features/symptoms/symptom-tracker-page'));
const EducationPage = lazy(() => import('@/features/education/education-page'));
const ArticlePage = lazy(() => import('@/features/education/article-page'));
const CommunityPage = lazy(() => import('@/features/community/community-page'));
const ConsultationsPage = lazy(() => import('@/features/consultations/consultations-page'));
const ShopPage = lazy(() => import('@/features/shop/shop-page'));
const SettingsPage = lazy(() => import('@/features/settings/settings-page'));
const ReportPage = lazy(() => import('@/features/report/report-page'));
const NotFoundPage = lazy(() => import('@/features/not-found/not-found-page'));

export function AppRoutes() {
  return (
    <Suspense fallback={<RouteFallback />}>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="/" element={<HomePage />} />
          <Route path="/privacy" element={<PrivacyPolicyPage />} />
          <Route path="/terms" element={<TermsOfServicePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/verify-email" element={<VerifyEmailPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route element={<ProtectedRoute />}>
          <Route path="/onboarding" element={<OnboardingPage />} />
          <Route element={<AppLayout />}>
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/symptom-tracker" element={<SymptomTrackerPage />} />
            <Route path="/education" element={<EducationPage />} />
            <Route path="/education/:slug" element={<ArticlePage />} />
            <Route path="/community" element={<CommunityPage />} />
            <Route path="/consultations" element={<ConsultationsPage />} />
            <Route path="/shop" element={<ShopPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/report" element={<ReportPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
