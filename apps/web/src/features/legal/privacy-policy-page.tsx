import { LegalDocument } from './components/legal-document';
import { privacyPolicy } from './privacy-policy-content';

export default function PrivacyPolicyPage() {
  return <LegalDocument content={privacyPolicy} />;
}
