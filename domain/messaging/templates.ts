import Mustache from "mustache";
import { RebookError } from "../errors";
import { MESSAGE_PURPOSE, type MessageTemplate, PLACEHOLDERS, type TemplateValues } from "../model/template";
import { type SmsSegmentation, smsSegments } from "./sms-segments";

export {
  MESSAGE_PURPOSE,
  type MessageTemplate,
  PLACEHOLDERS,
  type Placeholder,
  TEMPLATE_LOCALES,
  TEMPLATE_PURPOSES,
  type TemplateLocale,
  type TemplatePurpose,
  type TemplateValues,
} from "../model/template";

export interface RenderedMessage {
  subject: string | null;
  body: string;
}

export type PreviewProblemCode = "UNKNOWN_PLACEHOLDER" | "MISSING_UNSUBSCRIBE_LINK" | "TOO_MANY_SEGMENTS";

export interface PreviewProblem {
  code: PreviewProblemCode;
  message: string;
}

export interface TemplatePreview extends RenderedMessage {
  /** Null for email. */
  sms: SmsSegmentation | null;
  problems: PreviewProblem[];
}

const KNOWN = new Set<string>(PLACEHOLDERS);

/** Mustache tokens are `[type, value, start, end, …]`; sections ("#", "^") hold their children fifth. */
type Token = [type: string, value: string, start: number, end: number, children?: unknown];

/** Token types whose value names a lookup: variables, unescaped variables, sections, inverted sections, partials. */
const NAMING_TOKENS = new Set(["name", "&", "#", "^", ">"]);
const VARIABLE_TOKENS = new Set(["name", "&"]);
const SECTION_TOKENS = new Set(["#", "^"]);

const parse = (text: string, field: "subject" | "body"): Token[] => {
  try {
    return Mustache.parse(text) as Token[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RebookError("VALIDATION.FAILED", `${field}: ${message}`, {
      issues: [{ field, message }],
      cause: error,
    });
  }
};

const namesIn = (tokens: readonly Token[]): string[] =>
  tokens.flatMap((token) => [
    ...(NAMING_TOKENS.has(token[0]) ? [token[1]] : []),
    ...(SECTION_TOKENS.has(token[0]) ? namesIn(token[4] as Token[]) : []),
  ]);

const noEscaping = (value: unknown): string => String(value);

const renderText = (text: string, field: "subject" | "body", values: TemplateValues): string => {
  parse(text, field); // Mustache.render throws plain errors; a broken template is the author's validation error.
  const view = Object.fromEntries(PLACEHOLDERS.map((name) => [name, values[name] ?? ""]));
  return Mustache.render(text, view, {}, { escape: noEscaping });
};

const subjectOf = (template: MessageTemplate): string | null =>
  template.channel === "email" ? template.subject : null;

export const renderTemplate = (template: MessageTemplate, values: TemplateValues): RenderedMessage => {
  const subject = subjectOf(template);
  return {
    subject: subject === null ? null : renderText(subject, "subject", values),
    body: renderText(template.body, "body", values),
  };
};

/** Renders a template with sample values and lists what would make it unfit to send. */
export const previewTemplate = (
  template: MessageTemplate,
  values: TemplateValues,
  options: { maxSmsSegments: number },
): TemplatePreview => {
  const rendered = renderTemplate(template, values);
  const bodyTokens = parse(template.body, "body");
  const subject = subjectOf(template);
  const subjectTokens = subject === null ? [] : parse(subject, "subject");
  const problems: PreviewProblem[] = [];

  const unknown = new Set(namesIn([...subjectTokens, ...bodyTokens]).filter((name) => !KNOWN.has(name)));
  for (const name of unknown) {
    problems.push({
      code: "UNKNOWN_PLACEHOLDER",
      message: `Unknown placeholder {{${name}}}; known placeholders: ${PLACEHOLDERS.join(", ")}.`,
    });
  }

  // Only a top-level variable always prints; inside a section the link could be left out.
  const bodyLinksUnsubscribe = bodyTokens.some(
    (token) => VARIABLE_TOKENS.has(token[0]) && token[1] === "unsubscribeLink",
  );
  if (MESSAGE_PURPOSE[template.purpose] === "marketing" && !bodyLinksUnsubscribe) {
    problems.push({
      code: "MISSING_UNSUBSCRIBE_LINK",
      message: `A marketing ${template.channel === "sms" ? "SMS" : "email"} must contain {{unsubscribeLink}} in its body.`,
    });
  }

  const sms = template.channel === "sms" ? smsSegments(rendered.body) : null;
  if (sms !== null && sms.segments > options.maxSmsSegments) {
    problems.push({
      code: "TOO_MANY_SEGMENTS",
      message: `The SMS needs ${sms.segments} segments (${sms.encoding}, ${sms.characters} characters); the studio allows ${options.maxSmsSegments}.`,
    });
  }

  return { ...rendered, sms, problems };
};
