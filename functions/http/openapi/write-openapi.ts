import { writeFileSync } from "node:fs";
import { openApiDocument } from "./openapi-document";

export const OPENAPI_PATH = "docs/openapi.json";

writeFileSync(OPENAPI_PATH, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`wrote ${OPENAPI_PATH}`);
