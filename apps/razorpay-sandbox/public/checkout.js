// The HormoHelp Razorpay sandbox checkout: Razorpay's `new Razorpay(options).open()` interface with an
// accessible modal that pays or fails the order against the local sandbox. Test keys only.
(() => {
  const script = document.currentScript;
  const base = script?.src ? new URL(script.src).origin : window.location.origin;

  function formatRupees(paise) {
    const rupees = Math.floor(paise / 100).toLocaleString('en-IN');
    const rest = String(paise % 100).padStart(2, '0');
    return `₹${rupees}.${rest}`;
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const BUTTON_STYLE =
    'display:block;width:100%;margin-top:12px;padding:12px;border-radius:8px;font:600 16px system-ui;cursor:pointer;';

  function Razorpay(options) {
    if (!(this instanceof Razorpay)) return new Razorpay(options);
    if (!options || typeof options.key !== 'string' || !options.key)
      throw new Error('Razorpay: the "key" option is required');
    if (typeof options.order_id !== 'string') throw new Error('Razorpay: the "order_id" option is required');
    this.options = options;
    this.listeners = {};
    this.root = null;
  }

  Razorpay.prototype.on = function on(event, callback) {
    if (!this.listeners[event]) this.listeners[event] = [];
    this.listeners[event].push(callback);
    return this;
  };

  Razorpay.prototype.emit = function emit(event, payload) {
    for (const callback of this.listeners[event] || []) callback(payload);
  };

  Razorpay.prototype.open = function open() {
    if (this.root) return this;
    const options = this.options;
    const amount = Number(options.amount) || 0;
    const color = options.theme?.color || '#7c3aed';
    this.returnFocus = document.activeElement;

    const root = element('div', {
      'data-razorpay-sandbox': '',
      style:
        'position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;background:rgba(17,24,39,.6);',
    });
    const dialog = element('div', {
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'rzp-sandbox-title',
      'aria-describedby': 'rzp-sandbox-amount',
      style:
        'background:#fff;color:#111827;max-width:360px;width:calc(100% - 32px);padding:24px;border-radius:12px;font:16px system-ui;box-shadow:0 10px 40px rgba(0,0,0,.3);',
    });
    const close = element(
      'button',
      {
        type: 'button',
        'aria-label': 'Close checkout',
        style: 'float:right;font-size:20px;background:none;border:0;cursor:pointer;',
      },
      '×',
    );
    const title = element(
      'h2',
      { id: 'rzp-sandbox-title', style: 'margin:0 0 4px;font-size:18px;' },
      options.name || 'Checkout',
    );
    const description = element(
      'p',
      { style: 'margin:0 0 12px;color:#4b5563;' },
      options.description || 'Razorpay sandbox (test mode)',
    );
    const amountLine = element(
      'p',
      { id: 'rzp-sandbox-amount', style: 'margin:0;font-size:24px;font-weight:700;' },
      formatRupees(amount),
    );
    const pay = element(
      'button',
      { type: 'button', style: `${BUTTON_STYLE}background:${color};color:#fff;border:0;` },
      `Pay ${formatRupees(amount)}`,
    );
    const fail = element(
      'button',
      { type: 'button', style: `${BUTTON_STYLE}background:#fff;color:#b91c1c;border:2px solid #b91c1c;` },
      'Fail payment',
    );
    const status = element('p', {
      role: 'status',
      'aria-live': 'polite',
      style: 'min-height:1.5em;margin:12px 0 0;color:#374151;',
    });
    dialog.append(close, title, description, amountLine, pay, fail, status);
    root.append(dialog);
    document.body.append(root);
    this.root = root;

    const buttons = [close, pay, fail];
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.dismiss();
      } else if (event.key === 'Tab') {
        // Focus stays inside the dialog while it is open.
        const index = buttons.indexOf(document.activeElement);
        const next = event.shiftKey
          ? index <= 0
            ? buttons.length - 1
            : index - 1
          : (index + 1) % buttons.length;
        event.preventDefault();
        buttons[next].focus();
      }
    });
    close.addEventListener('click', () => this.dismiss());
    pay.addEventListener('click', () => this.attempt('captured', buttons, status));
    fail.addEventListener('click', () => this.attempt('failed', buttons, status));
    pay.focus();
    return this;
  };

  Razorpay.prototype.attempt = async function attempt(outcome, buttons, status) {
    for (const button of buttons) button.disabled = true;
    status.textContent = 'Processing…';
    let result;
    try {
      const response = await fetch(`${base}/v1/sandbox/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ order_id: this.options.order_id, key_id: this.options.key, outcome }),
      });
      result = await response.json();
    } catch {
      result = {
        error: {
          code: 'NETWORK_ERROR',
          description: 'Could not reach the payment server',
          metadata: { order_id: this.options.order_id },
        },
      };
    }
    for (const button of buttons) button.disabled = false;
    if (result.razorpay_signature) {
      this.close();
      if (typeof this.options.handler === 'function') this.options.handler(result);
      return;
    }
    status.textContent = `Payment failed: ${result.error?.description || 'unknown error'}. You can try again or close.`;
    this.emit('payment.failed', result);
  };

  Razorpay.prototype.dismiss = function dismiss() {
    this.close();
    this.options.modal?.ondismiss?.();
  };

  Razorpay.prototype.close = function closeModal() {
    if (!this.root) return;
    this.root.remove();
    this.root = null;
    this.returnFocus?.focus?.();
  };

  window.Razorpay = Razorpay;
})();
