// After `vite build`: a Brotli (quality 11) and a gzip (level 9) copy beside every text file of dist/ worth it, which
// the gateway sends as they are to a browser that accepts them (decision 0636): the best compression once at build
// time instead of a quicker one on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url).pathname
const worth = /\.(js|css|html|svg|json)$/
let files = 0, raw = 0, br = 0

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) { walk(path); continue }
    if (!worth.test(name)) continue
    const content = readFileSync(path)
    if (content.length < 512) continue
    const brotli = brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    })
    writeFileSync(`${path}.br`, brotli)
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
    files++; raw += content.length; br += brotli.length
  }
}

walk(dist)
console.log(`precompressed ${files} files: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB Brotli`)
