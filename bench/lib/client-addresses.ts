/**
 * The auth service allows 10 logins per 15 minutes per client address and has no setting to lift
 * it, so each login of the bench comes from its own address: X-Forwarded-For, which the service
 * trusts from loopback (TRUST_PROXY). These addresses (198.18.0.0/15, reserved for benchmarks) are
 * only header values; every packet goes to 127.0.0.1.
 */
let addressCounter = 0;
export function nextClientAddress(): string {
  addressCounter += 1;
  return `198.${18 + (addressCounter >> 16)}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}
