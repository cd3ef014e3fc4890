import * as vscode from 'vscode';
import { isIndexedPath, WATCH_GLOB } from './vscodeNewsFileSource';
import type { WorkspaceNewsIndex } from './workspaceNewsIndex';

/**
 * Keeps the workspace index in step with the disk: a created or changed file is read again, a deleted one
 * dropped. A rename arrives as a delete of the old name and a create of the new one.
 */
export function watchNewsFiles(index: WorkspaceNewsIndex): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(WATCH_GLOB);
  const refresh = (uri: vscode.Uri) => {
    if (isIndexedPath(uri.path)) void index.refreshFile(uri.toString());
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(refresh),
    watcher.onDidChange(refresh),
    watcher.onDidDelete((uri) => index.removeFile(uri.toString())),
  );
}
