import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The member and staff app: built to apps/web/dist, which the API serves at `/`. */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for an error tracker but not referenced from the bundles; the API never
    // serves them in production (apps/api/src/web/web-app.ts).
    sourcemap: 'hidden',
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      // React Router marks its modules "use client" for server components; irrelevant in a SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:3100', ws: true } },
  },
});
