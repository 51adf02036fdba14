import { signLocalToken } from "./local-auth";
import { DEMO_STUDIO_ID, localSecret } from "./local-data";

const secret = localSecret("token-secret", false);
if (secret === null) {
  console.error("No local token secret yet: run `npm start` once first.");
  process.exit(1);
}
console.log(await signLocalToken({ studioId: DEMO_STUDIO_ID, role: "owner" }, secret));
