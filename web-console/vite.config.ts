import { defineConfig } from 'vite';

// The ASP.NET gateway serves dist/ at the site root, same origin as /api and /hubs.
// During `npm run dev` those paths are proxied to a locally running gateway.
const backend = 'http://127.0.0.1:5080';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        main: 'index.html',
        field: 'field.html',
        grid: 'grid.html',
        // The public inspection-code page (亮码); the gateway serves it at /code/{code}.
        code: 'code.html',
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: backend },
      '/hubs': { target: backend, ws: true },
    },
  },
});
