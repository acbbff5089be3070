// Eleventy ships JavaScript without type declarations; this is the part we use.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (config: {
      addGlobalData: (name: string, value: unknown) => void;
      addFilter: (name: string, filter: (...args: never[]) => unknown) => void;
      setUseTemplateCache: (use: boolean) => void;
      addPlugin: (plugin: unknown) => void;
      /** "eleventy.engine.njk" gives the Nunjucks library Eleventy renders with. */
      on: (event: 'eleventy.engine.njk', listener: (engine: never) => void) => void;
      addTransform: (name: string, transform: (content: string) => string) => void;
      /** Input paths (relative to the working directory) Eleventy leaves out. */
      ignores: Set<string>;
    }) => void;
  }
  /** Rewrites the site's own links for a site served under a sub-path (`pathPrefix`). */
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Where Eleventy prints: `overrideLogger` takes an object with console's log, info, warn and error. */
    readonly logger: { overrideLogger(logger: Pick<Console, 'log' | 'info' | 'warn' | 'error'>): void };
    disableLogger(): void;
  }
}
