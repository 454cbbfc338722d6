export default function ArticlePage() {
  return <h1 className="text-2xl font-semibold">ArticlePage</h1>;
}
