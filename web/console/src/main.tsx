import { render } from "preact";
import { ConsoleApp } from "./app";
import { restoreSession } from "./auth/session";
import { SignIn } from "./auth/sign-in";
import { loadConfig } from "./config";
import "./styles.css";

const root = document.getElementById("app")!;
const config = await loadConfig();
const session = await restoreSession(config);
render(
  session === null ? <SignIn config={config} /> : <ConsoleApp config={config} session={session} />,
  root,
);
