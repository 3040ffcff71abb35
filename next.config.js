// Next.js configuration. The project is an ES module package ("type": "module"), so this file is ESM too.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // neo4j-driver is server-only; keep it out of the bundler so its optional native bits are resolved by Node.
  serverExternalPackages: ["neo4j-driver"],
  // The e2e suite and `npm start` serve the production build; a stray lockfile elsewhere must not move the root.
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
