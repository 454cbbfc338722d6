export default function TermsOfServicePage() {
  return <h1 className="text-2xl font-semibold">TermsOfServicePage</h1>;
}
