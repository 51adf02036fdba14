import { useEffect, useState } from "preact/hooks";

/** The page's place in the console: `#/clients/c-1?tab=history` is path ["clients", "c-1"] with its query. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

const currentRoute = (): Route => {
  const [path = "", query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  return {
    path: path.split("/").filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(query),
  };
};

/** Hash routes: the host (the local server, CloudFront) serves one index.html whatever the page. */
export const useRoute = () => {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const follow = () => setRoute(currentRoute());
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return route;
};

export const href = (segments: readonly string[], query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  return `#/${segments.map(encodeURIComponent).join("/")}${search === "" ? "" : `?${search}`}`;
};

export const navigate = (to: string) => {
  location.hash = to;
};
