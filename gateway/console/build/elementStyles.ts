import type { Plugin } from 'vite'

// Element Plus on demand (decision 0636): every `import { ElButton, … } from 'element-plus'` in our sources brings
// the styles of just those components (`element-plus/es/components/button/style/css`, which pulls the base and the
// components it renders), so a page's CSS arrives with its own chunk instead of the whole 360 KB sheet up front.
// The import itself is pointed at the component's own module (decision 0559): through the library's index every
// component looks imported by the entry, so the build could not tell the sign-in page's from the other pages'.
const named = /import\s*\{([^}]*)\}\s*from\s*["']element-plus["'];?/g
const reexported = /import\s*\{([^}]*)\}\s*from\s*"\.\/(components\/[^"]+\/index\.mjs)"/g

const kebab = (name: string): string => name.replace(/^El/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** The library's components by exported name: `ElFormItem` → `element-plus/es/components/form/index.mjs`. */
function componentModules(source: string): Map<string, string> {
  const modules = new Map<string, string>()
  for (const match of source.matchAll(reexported))
    for (const part of match[1].split(','))
      if (/^El[A-Za-z]+$/.test(part.trim())) modules.set(part.trim(), `element-plus/es/${match[2]}`)
  return modules
}

export function elementStyles(): Plugin {
  let modules: Promise<Map<string, string>> | undefined
  return {
    name: 'linkage-element-styles',
    async transform(code, id) {
      if (id.includes('node_modules') || !/\.(vue|ts)$/.test(id.split('?')[0]) || !/from\s*["']element-plus["']/.test(code)) return null
      const index = await this.resolve('element-plus/es/index.mjs', id)
      // the build's file system; where a context has none (the dev server), the imports stay as they are
      modules ??= index && this.fs ? this.fs.readFile(index.id, { encoding: 'utf8' }).then(componentModules) : Promise.resolve(new Map())
      const byModule = await modules
      const components = new Set<string>()
      const rewritten = code.replace(named, (_, list: string) => {
        const imports: string[] = []
        const rest: string[] = []
        for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
          const name = part.split(/\s+as\s+/)[0]
          if (/^El[A-Z]/.test(name)) components.add(kebab(name))
          const module = byModule.get(name)
          if (module) imports.push(`import { ${part} } from '${module}';`)
          else rest.push(part)
        }
        if (rest.length > 0) imports.push(`import { ${rest.join(', ')} } from 'element-plus';`)
        return imports.join('\n')
      })
      const styles: string[] = []
      for (const component of components) {
        const style = `element-plus/es/components/${component}/style/css`
        if (await this.resolve(style, id)) styles.push(`import '${style}'`)
      }
      return { code: `${styles.join('\n')}\n${rewritten}`, map: null }
    },
  }
}
