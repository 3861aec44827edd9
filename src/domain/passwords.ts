/** Passwords long enough to resist guessing; long enough for a passphrase, short enough to hash cheaply. */
export const PASSWORD_LENGTH = { min: 12, max: 256 };
