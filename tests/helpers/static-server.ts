/**
 * The tests serve dist/ with the benchmark's server: the way a static host does (directory
 * index, 404.html for unknown paths, gzip), so browser tests see what readers would.
 */
export { serveStatic, type StaticServer } from '../../scripts/bench/static-server.ts';
