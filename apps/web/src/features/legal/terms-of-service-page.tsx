import { LegalDocument } from './components/legal-document';
import { termsOfService } from './terms-of-service-content';

export default function TermsOfServicePage() {
  return <LegalDocument content={termsOfService} />;
}
