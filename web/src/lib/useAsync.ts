// Loads something when its key changes and ignores answers that arrive after the key moved on
// (typing fast in the search box must not show the results of an older query).
import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ok'; value: T }
  | { status: 'error'; error: Error; value?: T };

export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  // The key stands for everything `load` reads, so `load` itself is not a dependency.
  useEffect(() => {
    let live = true;
    setState((s) => ({ status: 'loading', value: s.value }));
    load().then(
      (value) => live && setState({ status: 'ok', value }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [key, nonce]);
  return { ...state, reload: () => setNonce((n) => n + 1) };
}
