// Step definitions shared by the benchmarks and the profiler.

/** The metadata step the metadata benchmark times: dify's two images, a branch push. */
export const METADATA_STEP = {
  inputs: {
    mode: 'metadata',
    images: 'langgenius/dify-api\nlanggenius/dify-web',
    tags: 'type=ref,event=branch\ntype=sha,enable=true,priority=100,prefix=,suffix=,format=long',
  },
  ref: 'refs/heads/main',
  env: { SOURCE_DATE_EPOCH: '1700000000' },
};
