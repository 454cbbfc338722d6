import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { cartQueryOptions } from './api/cart';
import { useCheckout } from './api/checkout';
import { CartPanel } from './components/cart-panel';
import { CheckoutSection } from './components/checkout-section';
import { OrderConfirmation } from './components/order-confirmation';
import { OrderHistory } from './components/order-history';
import { ProductCatalogue } from './components/product-catalogue';

export default function ShopPage() {
  useDocumentTitle('Shop');
  const { user } = useAuth();
  const cart = useQuery(cartQueryOptions());
  const checkout = useCheckout(user ? { name: user.name, email: user.email } : null);

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
        <ProductCatalogue />
        <div className="space-y-8 lg:sticky lg:top-4 lg:self-start">
          <CartPanel>
            <CheckoutSection
              canPay={user?.emailVerified === true}
              phase={checkout.phase}
              problem={checkout.problem}
              onPay={() => checkout.pay(cart.data?.items ?? [])}
            />
          </CartPanel>
        </div>
      </div>
      <OrderHistory />
    </div>
  );
}
