import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { elementStyles } from './build/elementStyles.ts'

// Served by the gateway at /console/ (docs/console.md); `npm run dev` proxies the API to a running gateway.
export default defineConfig({
  base: '/console/',
  plugins: [vue(), elementStyles()], // after vue(): it reads the compiled components' imports
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts'
          return undefined
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
})
