export default function PrivacyPolicyPage() {
  return <h1 className="text-2xl font-semibold">PrivacyPolicyPage</h1>;
}
