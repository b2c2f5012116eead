/** The `--store` option of every command that reads articles (an archive instead of a folder). */

/** What `--store` says in every command's help. */
export const storeHelp = 'an archive instead of a folder: memory (the default) or postgres://… (else PARALLAX_STORE)';
