import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { MarkableType } from './core/corrections/editCorrections';

/**
 * Hover cards, the compare panel's HTML and date formats are pure modules (no vscode import, unit-tested in
 * plain Node), so they translate with @vscode/l10n. Hand it the bundle VS Code loaded for the display language
 * (l10n/bundle.l10n.<language>.json): one set of translations for both. English needs none.
 */
export function shareL10nBundle(): void {
  const bundle = vscode.l10n.bundle;
  if (bundle) l10n.config({ contents: bundle });
}

/** The kind of entity a correction marks, in the display language. */
export function entityTypeLabel(type: MarkableType): string {
  return type === 'person' ? vscode.l10n.t('person') : type === 'place' ? vscode.l10n.t('place') : vscode.l10n.t('organisation');
}
