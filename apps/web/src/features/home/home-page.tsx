import { useDocumentTitle } from '@/lib/use-document-title';
import { ClosingCallToAction } from './components/closing-call-to-action';
import { ConditionsSection } from './components/conditions-section';
import { FeaturesSection } from './components/features-section';
import { Hero } from './components/hero';
import { PrivacyPromise } from './components/privacy-promise';

export default function HomePage() {
  useDocumentTitle('Understand and track your hormonal health');
  return (
    <>
      <Hero />
      <ConditionsSection />
      <FeaturesSection />
      <PrivacyPromise />
      <ClosingCallToAction />
    </>
  );
}
