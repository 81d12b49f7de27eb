import assert from "node:assert/strict";
import { test } from "node:test";
import { cartTotal, formatCents, lineTotal } from "../src/cart.js";

test("a line costs price times quantity", () => {
  assert.equal(lineTotal({ priceCents: 450, quantity: 2 }), 900);
});

test("a line rejects a quantity that is not a positive whole number", () => {
  assert.throws(() => lineTotal({ priceCents: 450, quantity: 0 }), RangeError);
});

test("a cart sums its lines and applies the discount", () => {
  assert.equal(
    cartTotal(
      [
        { priceCents: 450, quantity: 2 },
        { priceCents: 1200, quantity: 1 },
      ],
      10,
    ),
    1890,
  );
});

test("a discount over 100 percent is refused", () => {
  assert.throws(() => cartTotal([], 150), RangeError);
});

test("cents are shown as euros", () => {
  assert.equal(formatCents(1890), "18.90 EUR");
});
