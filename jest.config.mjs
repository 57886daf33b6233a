// Nest 12 ships ES modules only, so jest runs in ESM mode (see package.json "test") and SWC
// compiles TypeScript with legacy decorators and their metadata, as tsc does for the build.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@app/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  // e2e tests start the real app on a fresh database; jest reads the timeout only at the top level.
  // On a busy CI machine one start-up once took over a minute: the limit catches a hang, not
  // slowness.
  testTimeout: 300000,
  // Child processes and sockets of the fault tests can outlive a file by a moment; never let a
  // finished run hang CI waiting for them.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
