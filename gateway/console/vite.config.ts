import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { elementStyles } from './build/elementStyles.ts'
import { shellFirst } from './build/shellFirst.ts'

type Info = (id: string) => { isEntry: boolean; importers: readonly string[] } | null

/** Whether the entry imports a module, directly or through others (not through a lazy page). */
function loadedByEntry(id: string, info: Info, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false
  seen.add(id)
  const module = info(id)
  return module !== null && (module.isEntry || module.importers.some((importer) => loadedByEntry(importer, info, seen)))
}

// Served by the gateway at /console/ (docs/console.md); `npm run dev` proxies the API to a running gateway.
export default defineConfig({
  base: '/console/',
  plugins: [vue(), elementStyles(), shellFirst()], // elementStyles after vue(): it reads the compiled components' imports
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    cssCodeSplit: false, // one stylesheet: Element Plus's styles for the components we use (build/elementStyles.ts), and ours
    rollupOptions: {
      output: {
        // Few files, not many small ones: on a slow link each round of requests costs a round trip (0636). The
        // libraries are one cached file, ECharts another that only the chart pages ask for.
        manualChunks(id: string, { getModuleInfo }) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts'
          if (id.includes('node_modules/')) return loadedByEntry(id, getModuleInfo) ? 'vendor' : 'vendor-pages'
          return undefined
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
})
