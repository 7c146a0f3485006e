// Same output settings as the portal, nothing else: what an empty App Router page costs.
const config = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
};
export default config;
