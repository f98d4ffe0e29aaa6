// Step definitions shared by the benchmarks and the profiler.

/**
 * The repository object of a push payload, trimmed to what the labels read (webhook payloads
 * embed the object `repos.get` returns).
 */
const DIFY_REPOSITORY = {
  name: 'dify',
  full_name: 'langgenius/dify',
  html_url: 'https://github.com/langgenius/dify',
  description: 'Production-ready platform for agentic workflow development.',
  default_branch: 'main',
  license: { key: 'other', spdx_id: 'NOASSERTION' },
};

/** The metadata step the metadata benchmark times: dify's two images, a branch push. */
export const METADATA_STEP = {
  inputs: {
    mode: 'metadata',
    images: 'langgenius/dify-api\nlanggenius/dify-web',
    tags: 'type=ref,event=branch\ntype=sha,enable=true,priority=100,prefix=,suffix=,format=long',
  },
  ref: 'refs/heads/main',
  payload: { ref: 'refs/heads/main', repository: DIFY_REPOSITORY },
  env: { SOURCE_DATE_EPOCH: '1700000000' },
};

/**
 * The same step with a payload that lacks the repository, so that the step asks `repos.get`
 * (and loads @actions/github); the API URL of scripts/runner.mjs refuses at once.
 */
export const METADATA_STEP_ASKING_API = { ...METADATA_STEP, payload: { ref: 'refs/heads/main' } };
