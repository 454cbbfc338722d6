/** What the seed document lists for each table; schema.test.ts holds the migrated database to it. */

// The seed document's schema, column by column. If a migration drops or loosens any of it, this fails.
export const SEED_COLUMNS: Record<string, Record<string, string>> = {
  users: {
    id: 'uuid',
    email: 'text',
    password_hash: 'text',
    name: 'text',
    onboarding_data: 'jsonb',
    email_verified: 'boolean',
    verification_token_hash: 'text',
    verification_token_expires_at: 'timestamp with time zone',
    created_at: 'timestamp with time zone',
  },
  refresh_tokens: {
    id: 'uuid',
    user_id: 'uuid',
    token_hash: 'text',
    expires_at: 'timestamp with time zone',
    created_at: 'timestamp with time zone',
  },
  password_reset_tokens: {
    id: 'uuid',
    user_id: 'uuid',
    token_hash: 'text',
    expires_at: 'timestamp with time zone',
    used: 'boolean',
    created_at: 'timestamp with time zone',
  },
  symptom_logs: {
    id: 'uuid',
    user_id: 'uuid',
    date: 'date',
    symptoms: 'jsonb',
    notes: 'text',
    severity: 'smallint',
    mood: 'smallint',
    energy: 'smallint',
    sleep: 'smallint',
    created_at: 'timestamp with time zone',
  },
  community_posts: {
    id: 'uuid',
    user_id: 'uuid',
    title: 'text',
    body: 'text',
    category: 'text',
    created_at: 'timestamp with time zone',
  },
  community_comments: {
    id: 'uuid',
    post_id: 'uuid',
    user_id: 'uuid',
    body: 'text',
    created_at: 'timestamp with time zone',
  },
  bookings: {
    id: 'uuid',
    user_id: 'uuid',
    expert_id: 'text',
    type: 'text',
    date: 'text',
    time: 'text',
    status: 'text',
    notes: 'text',
    created_at: 'timestamp with time zone',
  },
  products: {
    id: 'integer',
    name: 'text',
    description: 'text',
    price: 'numeric(10,2)',
    image_url: 'text',
    category: 'text',
    stock: 'integer',
    created_at: 'timestamp with time zone',
  },
  cart_items: {
    id: 'uuid',
    user_id: 'uuid',
    product_id: 'integer',
    quantity: 'integer',
    created_at: 'timestamp with time zone',
  },
  orders: {
    id: 'uuid',
    user_id: 'uuid',
    items: 'jsonb',
    total: 'numeric(10,2)',
    status: 'text',
    razorpay_order_id: 'text',
    razorpay_payment_id: 'text',
    created_at: 'timestamp with time zone',
  },
};

export const NOT_NULL: Record<string, string[]> = {
  users: ['email', 'password_hash', 'name'],
  refresh_tokens: ['token_hash', 'expires_at'],
  password_reset_tokens: ['token_hash', 'expires_at'],
  community_posts: ['title', 'body'],
  community_comments: ['body'],
  bookings: ['expert_id', 'date', 'time'],
  products: ['name', 'description', 'price', 'category'],
  orders: ['items', 'total'],
};

export const UNIQUE: Array<[string, string[]]> = [
  ['users', ['email']],
  ['refresh_tokens', ['token_hash']],
  ['password_reset_tokens', ['token_hash']],
  ['cart_items', ['user_id', 'product_id']],
  ['orders', ['razorpay_order_id']],
];

// [table, column, referenced table]: every one ON DELETE CASCADE.
export const CASCADING_FOREIGN_KEYS: Array<[string, string, string]> = [
  ['refresh_tokens', 'user_id', 'users'],
  ['password_reset_tokens', 'user_id', 'users'],
  ['symptom_logs', 'user_id', 'users'],
  ['community_posts', 'user_id', 'users'],
  ['community_comments', 'post_id', 'community_posts'],
  ['community_comments', 'user_id', 'users'],
  ['bookings', 'user_id', 'users'],
  ['cart_items', 'user_id', 'users'],
  ['cart_items', 'product_id', 'products'],
];

// Index key lists, as pg_get_indexdef prints them.
export const INDEXES: Array<[string, string]> = [
  ['refresh_tokens', '(token_hash)'],
  ['refresh_tokens', '(user_id)'],
  ['password_reset_tokens', '(token_hash)'],
  ['symptom_logs', '(user_id, date DESC)'],
  ['community_posts', '(created_at DESC)'],
  ['community_comments', '(post_id, created_at)'],
  ['bookings', '(user_id, created_at DESC)'],
  ['orders', '(user_id, created_at DESC)'],
];
