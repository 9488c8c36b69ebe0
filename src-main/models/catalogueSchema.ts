import { z } from 'zod';

// The shape of models/catalogue.json. The catalogue's path can be overridden (tests, mirrors),
// so every field that reaches the file system or the network is checked here, not trusted.

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere; plain http only to this computer (test servers). */
export function isAllowedModelUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * stt: a speech model; llm: a language model; wake: a wake word (openWakeWord); wake-feature:
 * one of openWakeWord's two feature models every wake word runs on (never chosen by itself).
 */
export const modelKindSchema = z.enum(['stt', 'llm', 'wake', 'wake-feature']);

const NAME = /^[a-z0-9][a-z0-9._-]*$/;
const FILE_NAME = '[A-Za-z0-9][A-Za-z0-9._-]*';

export const modelEntrySchema = z.strictObject({
  /** What the user types: `hearth models download tiny.en`. */
  name: z.string().regex(NAME, 'use lower-case letters, digits, ".", "_" and "-" only'),
  kind: modelKindSchema,
  description: z.string().min(1),
  /**
   * The file name in the models folder, optionally in one sub-folder of it
   * (`openwakeword/hey_jarvis_v0.1.onnx`); never a path that leaves the folder.
   */
  file: z
    .string()
    .regex(
      new RegExp(`^(?:${FILE_NAME}/)?${FILE_NAME}$`),
      'a plain file name (letters, digits, ".", "_" and "-"), in at most one sub-folder',
    ),
  url: z.string().refine(isAllowedModelUrl, 'must be an https URL (http only to 127.0.0.1)'),
  sizeBytes: z.number().int().positive(),
  /** null when no published checksum was found: downloads then need --allow-unverified. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '64 lower-case hexadecimal digits')
    .nullable(),
  /** Memory needed to run it. */
  ramBytes: z.number().int().positive(),
  licence: z.string().min(1),
  /**
   * Terms the user must read and accept before the download (a restrictive licence). When
   * present, `hearth models download` needs --accept-licence and a download request from the
   * window needs acceptLicence: true.
   */
  licenceNotice: z.string().min(1).optional(),
  licenceUrl: z
    .string()
    .regex(/^https:\/\/[^\s]+$/, 'an https URL')
    .optional(),
  /** Names of catalogue models this one needs; they are downloaded with it (before it). */
  requires: z.array(z.string().regex(NAME)).optional(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
  /** Higher is better; picks among models of one kind that fit in memory. */
  rank: z.number().int().nonnegative(),
});

export const catalogueSchema = z
  .strictObject({
    about: z.string().optional(),
    models: z.array(modelEntrySchema).min(1),
  })
  .superRefine((catalogue, ctx) => {
    for (const key of ['name', 'file'] as const) {
      const seen = new Set<string>();
      catalogue.models.forEach((entry, index) => {
        const value = entry[key].toLowerCase();
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['models', index, key],
            message: `${key} "${entry[key]}" is used by more than one model`,
          });
        }
        seen.add(value);
      });
    }
    // A requirement must be in the catalogue and need nothing itself: one level, no cycles.
    const byName = new Map(catalogue.models.map((entry) => [entry.name, entry]));
    catalogue.models.forEach((entry, index) => {
      for (const name of entry.requires ?? []) {
        const needed = byName.get(name);
        const problem =
          needed === undefined
            ? `requires "${name}", which the catalogue does not have`
            : needed === entry || (needed.requires?.length ?? 0) > 0
              ? `requires "${name}", which itself requires models (only one level is allowed)`
              : undefined;
        if (problem !== undefined)
          ctx.addIssue({ code: 'custom', path: ['models', index, 'requires'], message: problem });
      }
    });
  });

export type ModelKind = z.infer<typeof modelKindSchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
