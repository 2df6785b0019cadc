import type { Plugin } from 'vite'

// The page paints its frame (the bar and a loading line, styled inline) as soon as it arrives, one round trip in,
// instead of after the stylesheet and scripts (decision 0641). A stylesheet in the head holds back every paint; at the
// end of the body it holds back only what follows it, and the module scripts still wait for it, so nothing the app
// draws shows unstyled.
const stylesheet = /\s*<link rel="stylesheet"[^>]*>/g

export function shellFirst(): Plugin {
  return {
    name: 'linkage-shell-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(stylesheet) ?? []
        if (links.length === 0) return html
        const body = html.replace(stylesheet, '')
        return body.replace('</body>', `  ${links.map((l) => l.trim()).join('\n    ')}\n  </body>`)
      },
    },
  }
}
