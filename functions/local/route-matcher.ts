export interface RouteMatch<T> {
  routeKey: string;
  target: T;
  pathParameters: Record<string, string>;
}

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

/** Matches "METHOD /path" against route keys with `{param}` segments, as API Gateway does. */
export const routeMatcher = <T>(routes: ReadonlyArray<{ routeKey: string; target: T }>) => {
  const compiled = routes.map(({ routeKey, target }) => {
    const [method, template] = routeKey.split(" ") as [string, string];
    const names: string[] = [];
    const pattern = template
      .split("/")
      .map((segment) => {
        const parameter = /^\{(\w+)\}$/.exec(segment);
        if (parameter === null) return escapeRegExp(segment);
        names.push(parameter[1]!);
        return "([^/]+)";
      })
      .join("/");
    return { routeKey, target, method, names, regex: new RegExp(`^${pattern}$`) };
  });

  return (method: string, path: string): RouteMatch<T> | null => {
    for (const route of compiled) {
      if (route.method !== method) continue;
      const match = route.regex.exec(path);
      if (match === null) continue;
      const pathParameters = Object.fromEntries(
        route.names.map((name, index) => [name, decodeSegment(match[index + 1]!)]),
      );
      return { routeKey: route.routeKey, target: route.target, pathParameters };
    }
    return null;
  };
};
