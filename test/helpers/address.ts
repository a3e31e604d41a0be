/** Addresses for tests: written as text, checked like user input (`asAddress`). */
import { asAddress, type Address } from '../../src/model/address.js';

/** The address `text` names; throws on a malformed one, so a typo fails the test loudly. */
export function addr(text: string): Address {
  const address = asAddress(text);
  if (!address) throw new Error(`test fixture: ${JSON.stringify(text)} is not an address`);
  return address;
}
