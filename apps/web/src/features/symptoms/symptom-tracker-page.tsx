export default function SymptomTrackerPage() {
  return <h1 className="text-2xl font-semibold">Symptom tracker</h1>;
}
