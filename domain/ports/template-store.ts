import type { Channel } from "../model/consent";
import type { MessageTemplate, TemplateLocale, TemplatePurpose } from "../model/template";

/** Which template: a studio override (`categoryId` null) or one for a single service category. */
export interface TemplateKey {
  purpose: TemplatePurpose;
  channel: Channel;
  locale: TemplateLocale;
  categoryId: string | null;
}

/** A studio's own text for a template, replacing the built-in default. */
export interface StudioTemplate extends MessageTemplate {
  studioId: string;
  /** Set only for ReConnect purposes: the override applies to that service category alone. */
  categoryId: string | null;
  updatedAt: string;
}

/** A studio's template overrides; few per studio, so they are read all at once. */
export interface TemplateStore {
  get(studioId: string, key: TemplateKey): Promise<StudioTemplate | null>;
  list(studioId: string): Promise<StudioTemplate[]>;
  put(template: StudioTemplate): Promise<void>;
  /** Removes the override; false when there was none. */
  delete(studioId: string, key: TemplateKey): Promise<boolean>;
}
