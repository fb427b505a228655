import type { Config } from 'tailwindcss';

/**
 * Design tokens. Colours are CSS variables (defined in src/styles/global.css)
 * so light and dark mode swap values, not class names.
 */
export default {
  // Where class names are written: the components, pages and scripts. Not content/: an entry's
  // Markdown carries no classes, and its prose words would make utilities (src/styles/global.css).
  content: ['./src/**/*.{astro,ts,md,mdx}'],
  theme: {
    extend: {
      colors: {
        canvas: 'var(--color-canvas)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        line: 'var(--color-line)',
        accent: 'var(--color-accent)',
        'accent-ink': 'var(--color-accent-ink)',
        warn: 'var(--color-warn)',
        'warn-surface': 'var(--color-warn-surface)',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
} satisfies Config;
