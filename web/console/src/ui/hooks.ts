import { useEffect, useState } from "preact/hooks";

interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

/** Loads when the dependencies change; `reload` loads again (after a change the page made). */
export const useLoad = <T>(load: () => Promise<T>, dependencies: readonly unknown[]) => {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [...dependencies, round]);
  return { ...state, reload: () => setRound((value) => value + 1) };
};

/** A change the user starts: busy while it runs, its error kept to show; answers whether it succeeded. */
export const useAction = () => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(null) };
};

/** A form of text fields: its values, and the value and change handler to spread on each labelled field. */
export const useFields = <T extends Record<string, string>>(initial: T) => {
  const [values, setValues] = useState(initial);
  const field = (name: keyof T & string) => ({
    value: values[name],
    onValue: (value: string) => setValues((previous) => ({ ...previous, [name]: value })),
  });
  return { values, field };
};
