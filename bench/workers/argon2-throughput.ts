/**
 * The login ceiling: raw argon2.verify calls per second at a given concurrency, in a process of its
 * own (as the auth service is), against the very PHC string the benchmark's login users have, so the
 * parameters are the service's by construction. Prints one JSON line.
 *   node --import tsx bench/workers/argon2-throughput.ts <phc-hash> <password> <concurrency> <seconds>
 */
import argon2 from 'argon2';

const [hash, password, concurrencyText, secondsText] = process.argv.slice(2);
const concurrency = Number(concurrencyText);
const deadline = performance.now() + Number(secondsText) * 1000;
const started = performance.now();
let verifications = 0;

async function client() {
  while (performance.now() < deadline) {
    if (!(await argon2.verify(hash!, password!))) throw new Error('the hash does not match the password');
    verifications += 1;
  }
}

await Promise.all(Array.from({ length: concurrency }, client));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ verifications, seconds, perSecond: verifications / seconds }));
