import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

// The home-screen icons, drawn once in public/icon.svg and rendered to PNG by sharp when the
// portal is built (static: the running server never renders them). "maskable" is the full-bleed
// drawing (the launcher crops it); the plain icon gets rounded corners of its own.
const ICONS = {
  "icon-192.png": { size: 192, maskable: false },
  "icon-512.png": { size: 512, maskable: false },
  "maskable-192.png": { size: 192, maskable: true },
  "maskable-512.png": { size: 512, maskable: true },
  "apple-touch-icon.png": { size: 180, maskable: true },
} as const;
type IconFile = keyof typeof ICONS;

export const dynamicParams = false;
export function generateStaticParams() {
  return Object.keys(ICONS).map((file) => ({ file }));
}

async function renderIcon(file: IconFile): Promise<Buffer> {
  const { size, maskable } = ICONS[file];
  const svg = await readFile(path.join(process.cwd(), "public", "icon.svg"));
  const image = sharp(svg, { density: (72 * size) / 512 }).resize(size, size);
  if (maskable) return image.png().toBuffer();
  const r = Math.round(size * 0.18);
  const corners = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" rx="${r}" ry="${r}"/></svg>`,
  );
  return image
    .composite([{ input: corners, blend: "dest-in" }])
    .png()
    .toBuffer();
}

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params;
  if (!(file in ICONS)) return new Response(null, { status: 404 });
  const png = await renderIcon(file as IconFile);
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=604800" },
  });
}
