import { css } from "lit";

/**
 * Themeable through custom properties (colours, radius, font) and `::part()` (panel, heading, notice, hold,
 * choice, button, primary, input, terms, error, link). The defaults meet WCAG 2.2 AA contrast on white, and
 * every target is at least 24 × 24 px.
 */
export const styles = css`
  :host {
    --_text: var(--rebook-text, #1d1d1f);
    --_background: var(--rebook-background, #ffffff);
    --_muted: var(--rebook-muted, #545454);
    --_accent: var(--rebook-accent, #0b5cad);
    --_on-accent: var(--rebook-on-accent, #ffffff);
    --_border: var(--rebook-border, #767676);
    --_error: var(--rebook-error, #b3261e);
    --_focus: var(--rebook-focus, #0b5cad);
    --_radius: var(--rebook-radius, 0.5rem);
    display: block;
    max-width: 40rem;
    color: var(--_text);
    font: var(--rebook-font, inherit);
    line-height: 1.5;
  }
  [hidden] {
    display: none !important;
  }
  section {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem 1.25rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.75rem;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.5rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .studio,
  .hint,
  .meta {
    color: var(--_muted);
  }
  .studio {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
  }
  .days,
  .slots {
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
  }
  .days button,
  .slots button {
    width: 100%;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
    text-align: start;
  }
  button[disabled] {
    cursor: not-allowed;
    color: var(--_muted);
    border-style: dashed;
  }
  button[aria-pressed="true"],
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .primary[disabled] {
    background: var(--_background);
    border-color: var(--_border);
    color: var(--_muted);
  }
  a.button {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
  }
  .choice {
    width: 100%;
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .choice .meta {
    white-space: nowrap;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .link {
    border-color: transparent;
    text-decoration: underline;
    color: var(--_accent);
    padding-inline: 0.25rem;
  }
  fieldset {
    border: none;
    margin: 1rem 0 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.75rem;
  }
  input:not([type="checkbox"]) {
    display: block;
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  input[aria-invalid="true"] {
    border: 2px solid var(--_error);
  }
  .check {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    font-weight: 400;
  }
  input[type="checkbox"] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .terms {
    max-height: 10rem;
    overflow: auto;
    white-space: pre-wrap;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .error {
    color: var(--_error);
    margin: 0.25rem 0 0;
  }
  .notice {
    border-inline-start: 4px solid var(--_error);
    padding: 0.5rem 0.75rem;
    font-weight: 600;
  }
  .hold {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    margin-bottom: 0.75rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_background));
  }
  .hold p {
    margin: 0;
  }
  .hold p:first-child {
    flex-basis: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
