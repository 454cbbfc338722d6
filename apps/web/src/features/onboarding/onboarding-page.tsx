export default function OnboardingPage() {
  return <h1 className="text-2xl font-semibold">OnboardingPage</h1>;
}
