/**
 * @file オリジンの権限パターン (originPattern): the host-permission pattern of a URL's site. Kept free of zod so the
 * popup (which asks for the feed's permission from its 「アクセスを許可」 button) stays small.
 */

/** Permission origin pattern for a URL ('https://host/*'); the pattern without port covers any port. */
export function originPattern(text: string): string {
  const url = new URL(text);
  return `${url.protocol}//${url.hostname}/*`;
}
