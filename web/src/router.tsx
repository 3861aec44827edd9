/** A small history-API router: the current path as state, navigation, and links that stay in the app. */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Where the learner is: the path and its query, to come back to after logging in. */
export const currentPath = () => window.location.pathname + window.location.search;

/**
 * `replace`: instead of the current history entry (a redirect, which Back should not return to). `state`: kept
 * with the entry (read back as `window.history.state`), for what the next page should say about how it was reached.
 */
export function navigate(to: string, { replace = false, state = null as unknown } = {}): void {
  if (replace) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={onClick} {...rest} />;
}
