import type { Plugin } from 'vite'

// Element Plus on demand (decision 0636): every `import { ElButton, … } from 'element-plus'` in our sources brings
// the styles of just those components (`element-plus/es/components/button/style/css`, which pulls the base and the
// components it renders), so a page's CSS arrives with its own chunk instead of the whole 360 KB sheet up front.
const named = /import\s*\{([^}]*)\}\s*from\s*["']element-plus["']/g

const kebab = (name: string): string => name.replace(/^El/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

export function elementStyles(): Plugin {
  return {
    name: 'linkage-element-styles',
    async transform(code, id) {
      if (id.includes('node_modules') || !/\.(vue|ts)$/.test(id.split('?')[0]) || !/from\s*["']element-plus["']/.test(code)) return null
      const components = new Set<string>()
      for (const match of code.matchAll(named))
        for (const part of match[1].split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0]
          if (/^El[A-Z]/.test(name)) components.add(kebab(name))
        }
      const styles: string[] = []
      for (const component of components) {
        const style = `element-plus/es/components/${component}/style/css`
        if (await this.resolve(style, id)) styles.push(`import '${style}'`)
      }
      return styles.length === 0 ? null : { code: `${styles.join('\n')}\n${code}`, map: null }
    },
  }
}
