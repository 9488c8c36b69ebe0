// Every phrase-template set, by the name `scripts/scoreTemplates.ts --set` and the tests use,
// with the generator options its homes are built with.
import type { GenerateHomeOptions } from './generateHome.ts';
import type { Template } from './templateKit.ts';
import { DEV_TEMPLATES } from './templates.dev.ts';
import { EXTRA_HOME_OPTIONS, EXTRA_TEMPLATES } from './templates.extra.ts';
import { FRESH_HOME_OPTIONS, FRESH_TEMPLATES } from './templates.fresh.ts';
import { FRESH2_HOME_OPTIONS, FRESH2_TEMPLATES } from './templates.fresh2.ts';
import { FRESH3_HOME_OPTIONS, FRESH3_TEMPLATES } from './templates.fresh3.ts';
import { FRESH4_HOME_OPTIONS, FRESH4_TEMPLATES } from './templates.fresh4.ts';
import { HELDOUT_TEMPLATES } from './templates.heldout.ts';

export interface TemplateSet {
  templates: readonly Template[];
  homeOptions: GenerateHomeOptions;
}

export const TEMPLATE_SETS = {
  dev: { templates: DEV_TEMPLATES, homeOptions: {} },
  extra: { templates: EXTRA_TEMPLATES, homeOptions: EXTRA_HOME_OPTIONS },
  fresh: { templates: FRESH_TEMPLATES, homeOptions: FRESH_HOME_OPTIONS },
  fresh2: { templates: FRESH2_TEMPLATES, homeOptions: FRESH2_HOME_OPTIONS },
  fresh3: { templates: FRESH3_TEMPLATES, homeOptions: FRESH3_HOME_OPTIONS },
  fresh4: { templates: FRESH4_TEMPLATES, homeOptions: FRESH4_HOME_OPTIONS },
  /** Its sentences stay unseen: only scores are printed, never failures. */
  heldout: { templates: HELDOUT_TEMPLATES, homeOptions: {} },
} as const satisfies Record<string, TemplateSet>;

export type TemplateSetName = keyof typeof TEMPLATE_SETS;

export const TEMPLATE_SET_NAMES = Object.keys(TEMPLATE_SETS) as TemplateSetName[];

export function isTemplateSetName(name: string | undefined): name is TemplateSetName {
  return name !== undefined && Object.hasOwn(TEMPLATE_SETS, name);
}
