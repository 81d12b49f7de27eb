// Pure cart arithmetic, the part of the shop the unit tests cover.
export function lineTotal(item) {
  if (!Number.isInteger(item.quantity) || item.quantity < 1) {
    throw new RangeError(`quantity must be a positive whole number, got ${item.quantity}`);
  }
  return item.priceCents * item.quantity;
}

export function cartTotal(items, discountPercent = 0) {
  const subtotal = items.reduce((sum, item) => sum + lineTotal(item), 0);
  if (discountPercent < 0 || discountPercent > 100) {
    throw new RangeError(`discount must be between 0 and 100, got ${discountPercent}`);
  }
  return Math.round(subtotal * (1 - discountPercent / 100));
}

export function formatCents(cents) {
  return `${(cents / 100).toFixed(2)} EUR`;
}
