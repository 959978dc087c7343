import { INT32_MAX, INT32_MIN } from './model';

/** What a JSON number literal is, judged from its text rather than from a rounded double. */
export type IntegerReading =
  | { readonly kind: 'integer'; readonly value: bigint; readonly canonical: string }
  | { readonly kind: 'fraction' }
  | { readonly kind: 'tooLarge'; readonly negative: boolean }
  | { readonly kind: 'malformed' };

/** Integers as Graph writes them, already canonical: read at once, as most literals are. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d{0,9})$/;
const NUMBER_LITERAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Beyond this many integral digits a value cannot be an Int32, so no big power is computed. */
const MAX_INT32_DIGITS = 10;

export function readIntegerLiteral(literal: string): IntegerReading {
  if (PLAIN_INTEGER.test(literal)) {
    return { kind: 'integer', value: BigInt(literal), canonical: literal };
  }

  const match = NUMBER_LITERAL.exec(literal);
  if (!match) {
    return { kind: 'malformed' };
  }

  const [, sign, integral, fraction = '', exponentText = '0'] = match;
  const negative = sign === '-';
  let digits = (integral + fraction).replace(/^0+/, '');
  let exponent = Number(exponentText) - fraction.length;
  if (digits === '') {
    return { kind: 'integer', value: 0n, canonical: '0' };
  }

  const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailingZeros);
  exponent += trailingZeros;
  if (exponent < 0) {
    return { kind: 'fraction' };
  }
  if (digits.length + exponent > MAX_INT32_DIGITS + 1) {
    return { kind: 'tooLarge', negative };
  }

  const magnitude = BigInt(digits) * 10n ** BigInt(exponent);
  const value = negative ? -magnitude : magnitude;
  return { kind: 'integer', value, canonical: value.toString() };
}

export function isInt32(value: bigint): boolean {
  return value >= BigInt(INT32_MIN) && value <= BigInt(INT32_MAX);
}
