export default function ConsultationsPage() {
  return <h1 className="text-2xl font-semibold">Consultations</h1>;
}
