/**
 * Import boundaries checked by `npm run lint:deps` (Biome's noRestrictedImports guards the packages a
 * folder may use; this guards the folders). Type-only imports count: a cycle of types is still a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle ties its modules into one: none may be understood, tested or moved alone.",
      from: {},
      to: { circular: true },
    },
    {
      name: "model-and-ports-import-no-feature",
      severity: "error",
      comment:
        "domain/model and domain/ports are what every feature folder shares; they import only each other and domain/errors.ts.",
      from: { path: "^domain/(model|ports)/" },
      to: { path: "^domain/", pathNot: "^domain/(model/|ports/|errors\\.ts$)" },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "domain/ holds the rules; functions/, infra/ and events/ depend on it, never the other way.",
      from: { path: "^domain/" },
      to: { path: "^(functions|infra|events)/" },
    },
    {
      name: "widget-takes-only-types-from-the-backend",
      severity: "error",
      comment:
        "The widget runs in the browser: from the backend it takes the API's types, never code, which would land in its bundle.",
      from: { path: "^web/widget/" },
      to: { path: "^(domain|functions|events|infra)/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|cdk\\.out)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
