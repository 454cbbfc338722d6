import { z } from 'zod';
import { paiseSchema, timestampSchema, uuidSchema } from './common';
import { MAX_CART_QUANTITY } from './limits';

export const productSchema = z.object({
  id: z.int(),
  name: z.string(),
  description: z.string(),
  pricePaise: paiseSchema,
  imageUrl: z.string(),
  category: z.string(),
  stock: z.int(),
});
export type Product = z.infer<typeof productSchema>;

// PostgreSQL text cannot hold NUL, so a category with one is a validation error, not a database error.
export const productListQuerySchema = z.object({
  category: z
    .string()
    .max(100)
    .refine((value) => !value.includes('\0'), 'Remove the NUL character')
    .optional(),
});
export const productListSchema = z.object({ items: z.array(productSchema) });
export type ProductList = z.infer<typeof productListSchema>;

export const cartQuantitySchema = z.int().min(1).max(MAX_CART_QUANTITY);

export const cartItemSchema = z.object({ id: uuidSchema, quantity: z.int(), product: productSchema });
export type CartItem = z.infer<typeof cartItemSchema>;
export const cartSchema = z.object({ items: z.array(cartItemSchema), subtotalPaise: paiseSchema });
export type Cart = z.infer<typeof cartSchema>;

/** Product ids are PostgreSQL `integer`s (SERIAL); a larger number cannot name a product. */
export const productIdSchema = z.int().positive().max(2_147_483_647);

export const addToCartBodySchema = z.object({
  productId: productIdSchema,
  quantity: cartQuantitySchema.default(1),
});
export const updateCartItemBodySchema = z.object({ quantity: cartQuantitySchema });

export const orderItemSchema = z.object({
  productId: z.int(),
  name: z.string(),
  pricePaise: paiseSchema,
  quantity: z.int(),
});

export const ORDER_STATUSES = ['pending', 'paid', 'failed'] as const;

export const orderSchema = z.object({
  id: uuidSchema,
  items: z.array(orderItemSchema),
  totalPaise: paiseSchema,
  status: z.enum(ORDER_STATUSES),
  razorpayOrderId: z.string().nullable(),
  razorpayPaymentId: z.string().nullable(),
  createdAt: timestampSchema,
});
export type Order = z.infer<typeof orderSchema>;
export const orderListSchema = z.object({ items: z.array(orderSchema), nextCursor: z.string().nullable() });

export const createRazorpayOrderBodySchema = z.object({ cart_item_ids: z.array(uuidSchema).min(1).max(100) });
export const razorpayOrderSchema = z.object({
  razorpay_order_id: z.string(),
  amount: paiseSchema,
  currency: z.literal('INR'),
  key_id: z.string(),
});
export type RazorpayOrder = z.infer<typeof razorpayOrderSchema>;

// Razorpay ids are a prefix and base62 characters (`order_DaZlswtdcn9UNV`); nothing else can name one.
const razorpayIdSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'This is not a Razorpay id');
export const verifyPaymentBodySchema = z.object({
  razorpay_order_id: razorpayIdSchema,
  razorpay_payment_id: razorpayIdSchema,
  razorpay_signature: z.string().min(1).max(256),
});
export const orderResponseSchema = z.object({ order: orderSchema });
export type OrderResponse = z.infer<typeof orderResponseSchema>;
