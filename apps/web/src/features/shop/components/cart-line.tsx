import type { CartItem } from '@hormohelp/contracts';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/button';
import { formatPaise } from '@/lib/format';
import { ProductIcon } from './product-icon';
import { QuantityStepper } from './quantity-stepper';

interface CartLineProps {
  item: CartItem;
  isBusy: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
}

export function CartLine({ item, isBusy, onQuantity, onRemove }: CartLineProps) {
  const { product } = item;
  return (
    <div className="flex gap-3 py-4">
      <ProductIcon category={product.category} className="h-14 w-14 shrink-0" />
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-2">
          <p className="font-medium text-stone-900">{product.name}</p>
          <p className="shrink-0 font-semibold tabular-nums text-stone-900">
            {formatPaise(product.pricePaise * item.quantity)}
          </p>
        </div>
        <p className="text-sm text-stone-600">{formatPaise(product.pricePaise)} each</p>
        <div className="mt-2 flex items-center justify-between gap-2">
          <QuantityStepper
            productName={product.name}
            quantity={item.quantity}
            max={product.stock}
            isBusy={isBusy}
            onChange={onQuantity}
          />
          <Button
            variant="ghost"
            size="sm"
            disabled={isBusy}
            aria-label={`Remove ${product.name} from cart`}
            onClick={onRemove}
          >
            <Trash2 className="h-4 w-4" aria-hidden="true" />
            Remove
          </Button>
        </div>
      </div>
    </div>
  );
}
