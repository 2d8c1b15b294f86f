/**
 * Vitest's Node environment, but with modules transformed for the browser (Vite's `client`
 * environment): Svelte compiles rune files for the client, where `$effect` runs, instead of for
 * the server, where it is a no-op. No DOM is added: rune tests stub the few globals they need.
 */
import { builtinEnvironments, type Environment } from 'vitest/runtime';

const environment: Environment = {
  ...builtinEnvironments.node,
  name: 'svelte-client',
  viteEnvironment: 'client',
};

export default environment;
