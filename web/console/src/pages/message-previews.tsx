import { type Api, ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import type { Language } from "../i18n";

type Purpose = Schemas["StudioTemplate"]["purpose"];

export interface RenderedMessage {
  channel: "email" | "sms";
  preview: Schemas["TemplatePreview"];
}

/**
 * The studio's templates of one purpose (the category's own where it has them), rendered per channel as
 * the client would receive them: what staff see before anything is sent.
 */
export const renderTemplates = async (
  api: Api,
  language: Language,
  purpose: Purpose,
  categoryId?: string,
): Promise<RenderedMessage[]> => {
  const listing = await ok(
    api.GET("/templates", { params: { query: { locale: language, ...(categoryId && { categoryId }) } } }),
  );
  return Promise.all(
    listing.templates
      .filter((template) => template.purpose === purpose)
      .map(async (template) => ({
        channel: template.channel,
        preview: await ok(
          api.POST("/templates/preview", {
            body: {
              purpose: template.purpose,
              channel: template.channel,
              locale: language,
              subject: template.subject,
              body: template.body,
            },
          }),
        ),
      })),
  );
};

export const MessagePreviews = ({ rendered }: { rendered: readonly RenderedMessage[] }) => {
  const { t } = useApp();
  return (
    <>
      {rendered.map(({ channel, preview }) => (
        <figure key={channel} class="preview">
          <figcaption>{t(`channel.${channel}`)}</figcaption>
          {preview.subject !== null && <strong>{preview.subject}</strong>}
          <pre>{preview.body}</pre>
        </figure>
      ))}
    </>
  );
};

/** A send dialog's buttons: send until it has been sent (disabled while it runs), and close. */
export const SendActions = (props: {
  sent: boolean;
  disabled: boolean;
  onSend: () => void;
  onClose: () => void;
}) => {
  const { t } = useApp();
  return (
    <div class="actions">
      {!props.sent && (
        <button type="button" class="primary" disabled={props.disabled} onClick={props.onSend}>
          {t("reconnect.send")}
        </button>
      )}
      <button type="button" onClick={props.onClose}>
        {t("common.close")}
      </button>
    </div>
  );
};
