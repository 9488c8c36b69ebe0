import { z } from 'zod';

// What a surface other than the command line (the window's Settings, over IPC or the hub)
// sends to download a model. The licence acceptance travels with the request itself, so a
// model with a restrictive licence is never fetched on a request that did not carry it.

export const modelDownloadRequestSchema = z.strictObject({
  /** A catalogue name: `hey_jarvis`, `tiny.en`. */
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'a model name from the catalogue'),
  /**
   * The user read and accepted the licence notice shown for this model and the models it
   * requires. Needed (true) for every model whose catalogue entry has a licenceNotice.
   * Default: false.
   */
  acceptLicence: z.boolean().default(false),
  /** Install a file the catalogue has no checksum for. Default: false. */
  allowUnverified: z.boolean().default(false),
});

/** The request as sent (defaults may be left out). */
export type ModelDownloadRequest = z.input<typeof modelDownloadRequestSchema>;
