import { z } from "@hono/zod-openapi";

/**
 * Every free-text field a client can send (names, comments, framework texts) goes through this one
 * building block, so the rule is the same everywhere and the OpenAPI document says it once per field:
 * - NFC-normalised, so "é" typed as e + U+0301 and as U+00E9 is one name, stored once, one length;
 * - lengths counted in Unicode code points (what a person counts), not UTF-16 units or bytes;
 * - refused: control characters (C0, DEL, C1; line breaks and tabs only in multi-line fields), the
 *   bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (they make a name read
 *   differently from what it is, "Trojan Source" style), and lone surrogates (not text: they break
 *   UTF-8 output, CSV exports and PDFs).
 */

export interface FreeTextOptions {
  readonly min?: number;
  readonly max: number;
  /** Line breaks (\n, \r) and tabs allowed: comments and longer texts. */
  readonly multiline?: boolean;
  /** What the field is; the rule is appended to it in the OpenAPI document. */
  readonly description?: string;
}

/** Unicode's Cc: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F). */
const CONTROL_SINGLE_LINE = /\p{Cc}/u;
const CONTROL_MULTILINE = /(?![\t\n\r])\p{Cc}/u;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoints = (text: string) => [...text].length;

export function freeTextRule(options: FreeTextOptions): string {
  const min = options.min ?? 1;
  const breaks = options.multiline === true ? "line breaks and tabs are allowed; other " : "";
  return `${min}–${options.max} characters (Unicode code points), NFC-normalised; ${breaks}control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.`;
}

export function freeText(options: FreeTextOptions) {
  const min = options.min ?? 1;
  const control = options.multiline === true ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE;
  return z
    .string()
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: "must not contain lone surrogates (invalid UTF-16)",
      abort: true,
    })
    .normalize("NFC")
    .trim()
    .refine((text) => !control.test(text), {
      message:
        options.multiline === true
          ? "must not contain control characters other than line breaks and tabs"
          : "must not contain control characters (such as NUL, tab or line breaks)",
    })
    .refine((text) => !BIDI_CONTROLS.test(text), {
      message: "must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)",
    })
    .refine((text) => codePoints(text) >= min, {
      message: min === 1 ? "must not be empty" : `must be at least ${min} characters`,
    })
    .refine((text) => codePoints(text) <= options.max, { message: `must be at most ${options.max} characters` })
    .openapi({
      minLength: min,
      maxLength: options.max,
      description:
        options.description === undefined ? freeTextRule(options) : `${options.description} ${freeTextRule(options)}`,
    });
}
