import type { Server } from "node:http";
import sesEmulatorModule from "aws-ses-v2-local";
import { freePort } from "./dynamodb-local";

/** The package is CommonJS with `exports.default`: Node's ESM loader wraps it once more than vitest does. */
const startSesEmulator: typeof sesEmulatorModule =
  (sesEmulatorModule as unknown as { default?: typeof sesEmulatorModule }).default ?? sesEmulatorModule;

export interface RunningSesEmulator {
  /** SES v2 endpoint for the SDK; GET `${endpoint}/store` lists the mails. */
  endpoint: string;
  stop: () => Promise<void>;
}

/** The local SES v2 emulator, on the loopback interface only (its default listens on every interface). */
export const startLocalSes = async (port?: number): Promise<RunningSesEmulator> => {
  const chosen = port ?? (await freePort());
  const server: Server = await startSesEmulator({ host: "127.0.0.1", port: chosen });
  return {
    endpoint: `http://127.0.0.1:${chosen}`,
    stop: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
};
