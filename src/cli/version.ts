/** The product version stamped on every generated sheet. */
export const VERSION = '0.1.0';
