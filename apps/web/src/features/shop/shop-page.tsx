import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCart } from './api/use-cart';
import { useCheckout } from './api/use-checkout';
import { useOrders } from './api/use-orders';
import { useProducts } from './api/use-products';
import { CartPanel } from './components/cart-panel';
import { CheckoutSection } from './components/checkout-section';
import { OrderConfirmation } from './components/order-confirmation';
import { OrderHistory } from './components/order-history';
import { ProductCatalogue } from './components/product-catalogue';

export default function ShopPage() {
  useDocumentTitle('Shop');
  const { user } = useAuth();
  const catalogue = useProducts();
  const cart = useCart();
  const orders = useOrders();
  const checkout = useCheckout({
    customer: user ? { name: user.name, email: user.email } : null,
    onSettled: () => {
      void cart.reload();
      void orders.reload();
    },
  });

  return (
    <div className="space-y-8">
      <PageHeader
        title="Shop"
        description="Supplements, teas and tools chosen for hormonal health, paid securely with Razorpay. Check with your doctor before starting a supplement."
      />
      {checkout.paidOrder ? (
        <OrderConfirmation order={checkout.paidOrder} onClose={checkout.clearPaidOrder} />
      ) : null}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <ProductCatalogue catalogue={catalogue} onAdd={(product) => cart.add(product.id, product.name)} />
        <div className="space-y-8 lg:sticky lg:top-4 lg:self-start">
          <CartPanel cart={cart}>
            <CheckoutSection
              canPay={user?.emailVerified === true}
              phase={checkout.phase}
              problem={checkout.problem}
              onPay={() => void checkout.pay(cart.items)}
            />
          </CartPanel>
        </div>
      </div>
      <OrderHistory history={orders} />
    </div>
  );
}
