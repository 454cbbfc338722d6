export default function EducationPage() {
  return <h1 className="text-2xl font-semibold">EducationPage</h1>;
}
