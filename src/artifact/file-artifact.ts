/**
 * One file as a workflow artifact, over the same `@actions/artifact` client as the digest store
 * (it reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from process.env, as it must in a
 * runner). Used for the build record (`.dockerbuild`), which Docker Desktop imports.
 */
import { basename, dirname } from 'node:path';
import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';
import { artifactNameProblem } from './artifact-name.js';

export interface FileUpload {
  /** The artifact's name; the file keeps its own name inside it. */
  name: string;
  file: string;
  /** undefined or 0: the repository's retention setting. */
  retentionDays?: number;
}

/** The port a mode uses; `createFileArtifacts` is the real one. */
export interface FileArtifacts {
  uploadFile(upload: FileUpload): Promise<{ id: number; size?: number }>;
}

export function createFileArtifacts(client: ArtifactClient = new DefaultArtifactClient()): FileArtifacts {
  return {
    async uploadFile({ name, file, retentionDays }) {
      const problem = artifactNameProblem(name);
      if (problem !== undefined) throw new Error(`artifact ${JSON.stringify(name)}: ${problem}`);
      const answer = await client.uploadArtifact(name, [file], dirname(file), {
        ...(retentionDays ? { retentionDays } : {}),
      });
      if (answer.id === undefined) throw new Error(`the artifact service gave no id for ${basename(file)}`);
      return { id: answer.id, ...(answer.size !== undefined ? { size: answer.size } : {}) };
    },
  };
}
