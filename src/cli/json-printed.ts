/** Set on an error whose JSON a command already printed on stdout (its line still goes to stderr). */
export const JSON_PRINTED = Symbol("terrafusion.jsonPrinted");

/** Further lines to print after an error's own message (a second thing that went wrong on the way out). */
export const ALSO = Symbol("terrafusion.also");
