package org.jixiao.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Files changed on disk outside the editor (a git checkout, another program): checked again. */
final class WorkspaceEvents implements WorkspaceService {
  private final Documents documents;

  WorkspaceEvents(Documents documents) {
    this.documents = documents;
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    documents.changedOnDisk(params.getChanges().stream().map(e -> Documents.path(e.getUri())).toList());
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // Nothing is configured after start: initializationOptions say all there is.
  }
}
