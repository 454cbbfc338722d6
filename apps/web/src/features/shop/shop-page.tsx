export default function ShopPage() {
  return <h1 className="text-2xl font-semibold">Shop</h1>;
}
