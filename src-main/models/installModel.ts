import type { ModelEntry } from './catalogueSchema.ts';
import { downloadModel } from './downloadModel.ts';
import type { DownloadModelOptions, DownloadResult } from './downloadModel.ts';
import { LicenceNotAcceptedError, ModelRequestError } from './modelErrors.ts';
import type { LicenceTerms } from './modelErrors.ts';
import { modelDownloadRequestSchema } from './modelDownloadRequest.ts';
import type { ModelLocator } from './ModelLocator.ts';

/** What one request downloads, and under which terms. */
export interface InstallPlan {
  entry: ModelEntry;
  /**
   * The files to fetch: the models it requires that are not installed yet (first), then the
   * model itself (always last, even when installed: its download then says so at once).
   */
  downloads: ModelEntry[];
  /** The licence notices of the models that will be fetched, one per distinct notice. */
  terms: LicenceTerms[];
}

/** Plans the download of `name` and what it requires; throws UnknownModelError for a wrong name. */
export function planInstall(locator: ModelLocator, name: string): InstallPlan {
  const entry = locator.entry(name);
  const missing = (e: ModelEntry) => locator.installedModel(e.name) === undefined;
  const required = (entry.requires ?? []).map((n) => locator.entry(n)).filter(missing);
  const downloads = [...required, entry];
  const terms: LicenceTerms[] = [];
  for (const e of downloads.filter(missing)) {
    if (e.licenceNotice === undefined) continue;
    const same = terms.find((t) => t.notice === e.licenceNotice && t.licence === e.licence);
    if (same) same.models.push(e.name);
    else
      terms.push({
        licence: e.licence,
        notice: e.licenceNotice,
        ...(e.licenceUrl !== undefined ? { url: e.licenceUrl } : {}),
        models: [e.name],
      });
  }
  return { entry, downloads, terms };
}

export interface InstallModelOptions extends Omit<DownloadModelOptions, 'dir' | 'allowUnverified'> {
  /** Told before each file's download starts. */
  onStart?: (entry: ModelEntry, index: number, count: number) => void;
}

export interface InstalledFile {
  entry: ModelEntry;
  result: DownloadResult;
}

/**
 * Downloads a catalogue model and the models it requires (openWakeWord's feature models with
 * the first wake word) into the models folder, one file after the other. `request` is checked
 * with zod (ModelRequestError); a model with a licence notice is fetched only when the request
 * accepts its licence (LicenceNotAcceptedError, nothing fetched). Resolves with one result per
 * file, the requested model last.
 */
export async function installModel(
  locator: ModelLocator,
  request: unknown,
  options: InstallModelOptions = {},
): Promise<InstalledFile[]> {
  const parsed = modelDownloadRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    throw new ModelRequestError(`${where}${issue?.message ?? 'not a download request'}`);
  }
  const { name, acceptLicence, allowUnverified } = parsed.data;
  const plan = planInstall(locator, name);
  if (plan.terms.length > 0 && !acceptLicence) throw new LicenceNotAcceptedError(name, plan.terms);
  const { onStart, ...download } = options;
  const installed: InstalledFile[] = [];
  for (const [index, entry] of plan.downloads.entries()) {
    onStart?.(entry, index, plan.downloads.length);
    const result = await downloadModel(entry, { ...download, dir: locator.dir, allowUnverified });
    installed.push({ entry, result });
  }
  return installed;
}
