/** Set on an error whose JSON a command already printed on stdout (its line still goes to stderr). */
export const JSON_PRINTED = Symbol("terrafusion.jsonPrinted");
