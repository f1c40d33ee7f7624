import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The build lands in target/classes/static, which the portal's jar carries and the gateway serves at "/".
// Element Plus is imported per component (with its CSS) so the first load carries only what the shell uses.
export default defineConfig({
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npm run dev` against a running platform: everything but the portal itself goes to the gateway
    proxy: Object.fromEntries(
      ['/api', '/oauth2', '/login', '/logout', '/connect', '/.well-known', '/userinfo', '/default-ui.css'].map((p) => [
        p,
        { target: process.env.PROPERTYOPS_URL ?? 'http://localhost:8080', changeOrigin: false },
      ]),
    ),
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // Element Plus's per-component style imports are CSS files: let Vite (not Node) load them in component tests
    server: { deps: { inline: ['element-plus'] } },
  },
})
